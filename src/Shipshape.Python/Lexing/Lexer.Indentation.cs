namespace Shipshape.Python.Lexing;

public sealed partial class Lexer
{
    /// <summary>Indentation columns with tabs to multiples of 8, and with tabs counting 1
    /// (CPython compares both to detect inconsistent tabs and spaces).</summary>
    private readonly List<int> _indents = [0];
    private readonly List<int> _altIndents = [0];

    /// <summary>Measures the indentation of a new logical line and emits INDENT/DEDENT tokens.
    /// Blank and comment-only lines leave the stack alone.</summary>
    private void LexIndentation()
    {
        int col = 0, altCol = 0;
        int start = _pos;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = (col / 8 + 1) * 8;
                altCol++;
            }
            else if (c == '\f')
            {
                col = altCol = 0;
            }
            else
            {
                break;
            }
            _pos++;
        }
        if (_pos >= _src.Length || _src[_pos] is '#' or '\n' or '\r')
        {
            return;
        }
        int top = _indents[^1];
        if (col == top)
        {
            if (altCol != _altIndents[^1])
            {
                Error("inconsistent use of tabs and spaces in indentation", start, _pos);
            }
        }
        else if (col > top)
        {
            if (_indents.Count >= MaxIndentLevels)
            {
                Error("too many levels of indentation", start, _pos);
            }
            if (altCol <= _altIndents[^1])
            {
                Error("inconsistent use of tabs and spaces in indentation", start, _pos);
            }
            _indents.Add(col);
            _altIndents.Add(altCol);
            Add(TokenKind.Indent, start, _pos);
        }
        else
        {
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                Add(TokenKind.Dedent, _pos, _pos);
            }
            if (col != _indents[^1])
            {
                Error("unindent does not match any outer indentation level", start, _pos);
            }
            else if (altCol != _altIndents[^1])
            {
                Error("inconsistent use of tabs and spaces in indentation", start, _pos);
            }
        }
    }
}
