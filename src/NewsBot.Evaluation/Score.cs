using System.Globalization;

namespace NewsBot.Evaluation;

/// <summary>Counts for precision and recall: predictions, gold items, and matches between them.</summary>
internal sealed class Score
{
    public int Predicted { get; set; }
    public int Gold { get; set; }
    public int Matched { get; set; }
    /// <summary>Matches whose speaker is also right.</summary>
    public int Correct { get; set; }

    public static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    public string Describe(string name)
    {
        var p = Ratio(Matched, Predicted);
        var r = Ratio(Matched, Gold);
        var pc = Ratio(Correct, Predicted);
        var rc = Ratio(Correct, Gold);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} predicted {Predicted,6} gold {Gold,6} | span P {p:0.000} R {r:0.000} F1 {F1(p, r):0.000} | with speaker P {pc:0.000} R {rc:0.000} F1 {F1(pc, rc):0.000} | speaker accuracy {Ratio(Correct, Matched):0.000}");
    }
}
