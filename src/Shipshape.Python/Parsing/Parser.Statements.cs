using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Text;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>statements: statement+ — until the block's DEDENT (or the end of the file).
    /// An unexpected INDENT is reported and its statements are kept, flattened into this block.</summary>
    private void ParseStatements(List<Stmt> body, bool atModuleLevel)
    {
        while (true)
        {
            switch (K)
            {
                case TokenKind.EndOfFile:
                    return;
                case TokenKind.Dedent:
                    if (!atModuleLevel)
                    {
                        return;
                    }
                    Advance();
                    continue;
                case TokenKind.Newline:
                    Advance();
                    continue;
                case TokenKind.Indent:
                    Report("unexpected indent", Cur.Start, Cur.End);
                    Advance();
                    ParseNestedRecovered(body);
                    continue;
            }
            int before = _p;
            var depths = SaveDepths();
            try
            {
                ParseStatement(body);
            }
            catch (ParseAbort)
            {
                RestoreDepths(depths);
                Resynchronize();
            }
            if (_p == before)
            {
                Advance();
            }
        }
    }

    private void ParseNestedRecovered(List<Stmt> body)
    {
        var depths = SaveDepths();
        try
        {
            EnterBlock();
            ParseStatements(body, atModuleLevel: false);
            Eat(TokenKind.Dedent);
            LeaveBlock();
        }
        catch (ParseAbort)
        {
            // Too deep: skip the rest of this indented region.
            RestoreDepths(depths);
            int level = 1;
            while (K != TokenKind.EndOfFile && level > 0)
            {
                level += K == TokenKind.Indent ? 1 : K == TokenKind.Dedent ? -1 : 0;
                Advance();
            }
        }
    }

    /// <summary>statement: compound_stmt | simple_stmts</summary>
    private void ParseStatement(List<Stmt> body)
    {
        switch (K)
        {
            case TokenKind.Def:
            case TokenKind.Class:
            case TokenKind.At:
            case TokenKind.If:
            case TokenKind.While:
            case TokenKind.For:
            case TokenKind.Try:
            case TokenKind.With:
                body.Add(ParseCompoundStatement());
                return;
            case TokenKind.Async when Peek() is TokenKind.Def or TokenKind.For or TokenKind.With:
                body.Add(ParseCompoundStatement());
                return;
            case TokenKind.Name when IsSoftKeyword("match"):
                if (TryParseMatch() is { } match)
                {
                    body.Add(match);
                    return;
                }
                break;
        }
        ParseSimpleStatements(body);
    }

    /// <summary>simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE</summary>
    private void ParseSimpleStatements(List<Stmt> body)
    {
        while (true)
        {
            body.Add(ParseSimpleStatement());
            if (!Eat(TokenKind.Semicolon) || K is TokenKind.Newline or TokenKind.EndOfFile)
            {
                break;
            }
        }
        if (K == TokenKind.EndOfFile)
        {
            return;
        }
        if (K != TokenKind.Newline)
        {
            throw Fail("invalid syntax");
        }
        Advance();
    }

    /// <summary>simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
    /// | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt
    /// | nonlocal_stmt | type_alias</summary>
    private Stmt ParseSimpleStatement()
    {
        int start = Start;
        switch (K)
        {
            case TokenKind.Pass:
                Advance();
                return new Pass(R(start));
            case TokenKind.Break:
                Advance();
                return new Break(R(start));
            case TokenKind.Continue:
                Advance();
                return new Continue(R(start));
            case TokenKind.Return:
                Advance();
                var value = StartsExpression(K) ? ParseStarExpressions() : null;
                return new Return(R(start), value);
            case TokenKind.Raise:
                return ParseRaise();
            case TokenKind.Global:
            case TokenKind.Nonlocal:
                return ParseGlobalOrNonlocal();
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
                Advance();
                var test = ParseExpression();
                var msg = Eat(TokenKind.Comma) ? ParseExpression() : null;
                return new Assert(R(start), test, msg);
            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseImportFrom();
            case TokenKind.Name when Peek() == TokenKind.Name && Peek(2) is TokenKind.Equal or TokenKind.LBracket && IsSoftKeyword("type"):
                return ParseTypeAlias();
        }
        return ParseExpressionOrAssignment();
    }

    /// <summary>assignment | star_expressions (as a statement)</summary>
    private Stmt ParseExpressionOrAssignment()
    {
        int start = Start;
        var first = K == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
        switch (K)
        {
            case TokenKind.Equal:
            {
                var targets = new List<Expr> { first };
                Expr value;
                while (true)
                {
                    Advance();
                    var next = K == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
                    if (K != TokenKind.Equal)
                    {
                        value = next;
                        break;
                    }
                    targets.Add(next);
                }
                var stored = ImmutableArray.CreateBuilder<Expr>(targets.Count);
                foreach (var target in targets)
                {
                    stored.Add(ToTarget(target, ExprContext.Store));
                }
                return new Assign(R(start), stored.MoveToImmutable(), value, null);
            }
            case TokenKind.Colon:
            {
                var target = first switch
                {
                    Name or Attribute or Subscript => ToTarget(first, ExprContext.Store),
                    Tuple => throw FailOn(first, "only single target (not tuple) can be annotated"),
                    List => throw FailOn(first, "only single target (not list) can be annotated"),
                    _ => throw FailOn(first, "illegal target for annotation"),
                };
                int simple = first is Name && first.Range.Start == start ? 1 : 0;
                Advance();
                var annotation = ParseExpression();
                Expr? value = null;
                if (Eat(TokenKind.Equal))
                {
                    value = K == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
                }
                return new AnnAssign(R(start), target, annotation, value, simple);
            }
        }
        if (AugmentedOperator(K) is { } op)
        {
            if (first is not (Name or Attribute or Subscript))
            {
                throw FailOn(first, $"'{DescribeExpression(first)}' is an illegal expression for augmented assignment");
            }
            var target = ToTarget(first, ExprContext.Store);
            Advance();
            var value = K == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
            return new AugAssign(R(start), target, op, value);
        }
        return new ExprStmt(R(start), first);
    }

    private static Operator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => Operator.Add,
        TokenKind.MinusEqual => Operator.Sub,
        TokenKind.StarEqual => Operator.Mult,
        TokenKind.AtEqual => Operator.MatMult,
        TokenKind.SlashEqual => Operator.Div,
        TokenKind.PercentEqual => Operator.Mod,
        TokenKind.AmperEqual => Operator.BitAnd,
        TokenKind.VBarEqual => Operator.BitOr,
        TokenKind.CircumflexEqual => Operator.BitXor,
        TokenKind.LeftShiftEqual => Operator.LShift,
        TokenKind.RightShiftEqual => Operator.RShift,
        TokenKind.DoubleStarEqual => Operator.Pow,
        TokenKind.DoubleSlashEqual => Operator.FloorDiv,
        _ => null,
    };

    /// <summary>raise_stmt: 'raise' expression ['from' expression] | 'raise'</summary>
    private Stmt ParseRaise()
    {
        int start = Start;
        Advance();
        Expr? exc = null, cause = null;
        if (StartsExpression(K))
        {
            exc = ParseExpression();
            if (Eat(TokenKind.From))
            {
                cause = ParseExpression();
            }
        }
        return new Raise(R(start), exc, cause);
    }

    /// <summary>global_stmt: 'global' ','.NAME+ | nonlocal_stmt: 'nonlocal' ','.NAME+</summary>
    private Stmt ParseGlobalOrNonlocal()
    {
        int start = Start;
        bool global = K == TokenKind.Global;
        Advance();
        var names = ImmutableArray.CreateBuilder<string>();
        do
        {
            names.Add(ParseIdentifier());
        }
        while (Eat(TokenKind.Comma));
        return global ? new Global(R(start), names.ToImmutable()) : new Nonlocal(R(start), names.ToImmutable());
    }

    /// <summary>del_stmt: 'del' del_targets &amp;(';' | NEWLINE)</summary>
    private Stmt ParseDel()
    {
        int start = Start;
        Advance();
        var targets = ImmutableArray.CreateBuilder<Expr>();
        do
        {
            if (K is TokenKind.Newline or TokenKind.Semicolon && targets.Count > 0)
            {
                break;
            }
            targets.Add(ToTarget(ParseBitwiseOr(), ExprContext.Del));
        }
        while (Eat(TokenKind.Comma));
        return new Delete(R(start), targets.ToImmutable());
    }

    /// <summary>import_name: 'import' dotted_as_names</summary>
    private Stmt ParseImport()
    {
        int start = Start;
        Advance();
        var names = ImmutableArray.CreateBuilder<Alias>();
        do
        {
            int aliasStart = Start;
            string dotted = ParseDottedName();
            string? asName = Eat(TokenKind.As) ? ParseIdentifier() : null;
            names.Add(new Alias(R(aliasStart), dotted, asName));
        }
        while (Eat(TokenKind.Comma));
        return new Import(R(start), names.ToImmutable());
    }

    /// <summary>dotted_name: dotted_name '.' NAME | NAME</summary>
    private string ParseDottedName()
    {
        string first = ParseIdentifier();
        if (K != TokenKind.Dot)
        {
            return first;
        }
        var builder = new System.Text.StringBuilder(first);
        while (Eat(TokenKind.Dot))
        {
            builder.Append('.').Append(ParseIdentifier());
        }
        return builder.ToString();
    }

    /// <summary>import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    /// | 'from' ('.' | '...')+ 'import' import_from_targets</summary>
    private Stmt ParseImportFrom()
    {
        int start = Start;
        Advance();
        int level = 0;
        while (K is TokenKind.Dot or TokenKind.Ellipsis)
        {
            level += K == TokenKind.Dot ? 1 : 3;
            Advance();
        }
        string? module = level == 0 || K != TokenKind.Import ? ParseDottedName() : null;
        Expect(TokenKind.Import);
        var names = ImmutableArray.CreateBuilder<Alias>();
        if (K == TokenKind.Star)
        {
            int starStart = Start;
            Advance();
            names.Add(new Alias(R(starStart), "*", null));
            return new ImportFrom(R(start), module, names.ToImmutable(), level);
        }
        bool parenthesized = Eat(TokenKind.LParen);
        do
        {
            if (parenthesized && K == TokenKind.RParen && names.Count > 0)
            {
                break;
            }
            int aliasStart = Start;
            string name = ParseIdentifier();
            string? asName = Eat(TokenKind.As) ? ParseIdentifier() : null;
            names.Add(new Alias(R(aliasStart), name, asName));
        }
        while (Eat(TokenKind.Comma));
        if (parenthesized)
        {
            Expect(TokenKind.RParen);
        }
        return new ImportFrom(R(start), module, names.ToImmutable(), level);
    }

    /// <summary>type_alias: "type" NAME [type_params] '=' expression</summary>
    private Stmt ParseTypeAlias()
    {
        int start = Start;
        Advance();
        int nameStart = Start;
        var name = new Name(new TextRange(nameStart, Cur.End), ParseIdentifier(), ExprContext.Store);
        var typeParams = K == TokenKind.LBracket ? ParseTypeParams() : [];
        Expect(TokenKind.Equal);
        var value = ParseExpression();
        return new TypeAlias(R(start), name, typeParams, value);
    }
}
