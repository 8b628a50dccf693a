using ScottPlot;
using Samenspraak.Web.ActionPlans.Resources;

namespace Samenspraak.Web.ActionPlans.Indicators;

/// <summary>
/// Draws a KPI's series with ScottPlot: the values over time, the target as a dashed line. The same chart goes to
/// the page (SVG, next to a data table that carries the same figures for screen readers) and to Word (PNG).
/// </summary>
public static class KpiChart
{
    public const int Width = 640;
    public const int Height = 280;

    private static Plot Build(KpiResult result)
    {
        var plot = new Plot();
        var points = result.Points;
        if (points.Count > 0)
        {
            var xs = points.Select(p => p.On.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = points.Select(p => p.Value).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = result.Kpi.Name;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            plot.Axes.DateTimeTicksBottom();
        }

        if (result.Kpi.Target is { } target)
        {
            var goal = plot.Add.HorizontalLine(target);
            goal.LinePattern = LinePattern.Dashed;
            goal.LegendText = ActionPlanText.Text["Kpi.Target"];
        }

        // Zero, every value and the target stay in view (a flat series would otherwise hide the target at the edge).
        var values = points.Select(p => p.Value).Append(0).Concat(result.Kpi.Target is { } t ? [t] : []).ToList();
        var (low, high) = (values.Min(), values.Max());
        var margin = high > low ? (high - low) * 0.1 : 1;
        plot.Axes.SetLimitsY(low - (low < 0 ? margin : 0), high + margin);
        plot.YLabel(result.Kpi.Unit);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    public static string Svg(KpiResult result) => Build(result).GetSvgXml(Width, Height);

    public static byte[] Png(KpiResult result) => Build(result).GetImageBytes(Width, Height, ImageFormat.Png);
}
