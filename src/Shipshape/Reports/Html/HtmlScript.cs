namespace Shipshape.Reports.Html;

/// <summary>
/// The findings filter: severity check boxes and a category menu hide the cards that do not match.
/// A link can preselect them: <c>report.html#severity=critical,high&amp;category=auth</c>. Without
/// script every finding stays visible.
/// </summary>
internal static class HtmlScript
{
    public const string Js = """
        (function () {
          var boxes = document.querySelectorAll('input[name=severity]');
          var menu = document.getElementById('category-filter');
          if (!menu) return; // no findings, no filter
          var cards = document.querySelectorAll('.finding');
          var shown = document.getElementById('shown-count');
          function apply() {
            var severities = {};
            boxes.forEach(function (box) { severities[box.value] = box.checked; });
            var category = menu.value, count = 0;
            cards.forEach(function (card) {
              var visible = severities[card.dataset.severity] && (category === '' || card.dataset.category === category);
              card.hidden = !visible;
              if (visible) count++;
            });
            shown.textContent = String(count);
          }
          var wanted = new URLSearchParams(location.hash.slice(1));
          if (wanted.has('severity')) {
            var list = wanted.get('severity').split(',');
            boxes.forEach(function (box) { box.checked = list.indexOf(box.value) >= 0; });
          }
          if (wanted.has('category')) menu.value = wanted.get('category');
          boxes.forEach(function (box) { box.addEventListener('change', apply); });
          menu.addEventListener('change', apply);
          apply();
          document.body.dataset.filter = 'ready';
        })();
        """;
}
