using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Text;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
    /// | try_stmt | while_stmt (match_stmt is tried separately: 'match' is a soft keyword)</summary>
    private Stmt ParseCompoundStatement()
    {
        Enter();
        try
        {
            return K switch
            {
                TokenKind.At => ParseDecorated(),
                TokenKind.Def => ParseFunctionDef([], Start, isAsync: false),
                TokenKind.Class => ParseClassDef([]),
                TokenKind.If => ParseIf(),
                TokenKind.While => ParseWhile(),
                TokenKind.For => ParseFor(Start, isAsync: false),
                TokenKind.Try => ParseTry(),
                TokenKind.With => ParseWith(Start, isAsync: false),
                _ => ParseAsync(),
            };
        }
        finally
        {
            Leave();
        }
    }

    private Stmt ParseAsync()
    {
        int start = Start;
        Advance();
        return K switch
        {
            TokenKind.Def => ParseFunctionDef([], start, isAsync: true),
            TokenKind.For => ParseFor(start, isAsync: true),
            _ => ParseWith(start, isAsync: true),
        };
    }

    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts</summary>
    private ImmutableArray<Stmt> ParseBlock()
    {
        Expect(TokenKind.Colon);
        var body = new List<Stmt>();
        if (K != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return body.ToImmutableArray();
        }
        Advance();
        if (K != TokenKind.Indent)
        {
            Report("expected an indented block", Cur.Start, Cur.End);
            return [];
        }
        Advance();
        EnterBlock();
        ParseStatements(body, atModuleLevel: false);
        LeaveBlock();
        Eat(TokenKind.Dedent);
        return body.ToImmutableArray();
    }

    /// <summary>decorators: ('@' named_expression NEWLINE)+, then class_def_raw | function_def_raw</summary>
    private Stmt ParseDecorated()
    {
        var decorators = ImmutableArray.CreateBuilder<Expr>();
        while (Eat(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }
        int start = Start;
        switch (K)
        {
            case TokenKind.Def:
                return ParseFunctionDef(decorators.ToImmutable(), start, isAsync: false);
            case TokenKind.Async when Peek() == TokenKind.Def:
                Advance();
                return ParseFunctionDef(decorators.ToImmutable(), start, isAsync: true);
            case TokenKind.Class:
                return ParseClassDef(decorators.ToImmutable());
            default:
                throw Fail("invalid syntax");
        }
    }

    /// <summary>function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block</summary>
    private Stmt ParseFunctionDef(ImmutableArray<Expr> decorators, int start, bool isAsync)
    {
        Expect(TokenKind.Def);
        string name = ParseIdentifier();
        var typeParams = K == TokenKind.LBracket ? ParseTypeParams() : [];
        int paramsStart = Expect(TokenKind.LParen).End;
        var parameters = ParseParameters(TokenKind.RParen, allowAnnotations: true, paramsStart);
        Expect(TokenKind.RParen);
        var returns = Eat(TokenKind.Arrow) ? ParseExpression() : null;
        var body = ParseBlock();
        return isAsync
            ? new AsyncFunctionDef(R(start), name, parameters, body, decorators, returns, null, typeParams)
            : new FunctionDef(R(start), name, parameters, body, decorators, returns, null, typeParams);
    }

    /// <summary>class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block</summary>
    private Stmt ParseClassDef(ImmutableArray<Expr> decorators)
    {
        int start = Start;
        Expect(TokenKind.Class);
        string name = ParseIdentifier();
        var typeParams = K == TokenKind.LBracket ? ParseTypeParams() : [];
        ImmutableArray<Expr> bases = [];
        ImmutableArray<Keyword> keywords = [];
        if (K == TokenKind.LParen)
        {
            int open = Start;
            Advance();
            (bases, keywords) = ParseCallArguments(open, allowGenerator: false);
        }
        var body = ParseBlock();
        return new ClassDef(R(start), name, bases, keywords, body, decorators, typeParams);
    }

    /// <summary>if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])</summary>
    private Stmt ParseIf()
    {
        int start = Start;
        Advance();
        var test = ParseNamedExpression();
        var body = ParseBlock();
        ImmutableArray<Stmt> orElse = [];
        if (K == TokenKind.Elif)
        {
            orElse = [ParseIfGuarded()];
        }
        else if (Eat(TokenKind.Else))
        {
            orElse = ParseBlock();
        }
        return new If(R(start), test, body, orElse);
    }

    private Stmt ParseIfGuarded()
    {
        Enter();
        try
        {
            return ParseIf();
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>while_stmt: 'while' named_expression ':' block [else_block]</summary>
    private Stmt ParseWhile()
    {
        int start = Start;
        Advance();
        var test = ParseNamedExpression();
        var body = ParseBlock();
        var orElse = Eat(TokenKind.Else) ? ParseBlock() : [];
        return new While(R(start), test, body, orElse);
    }

    /// <summary>for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]</summary>
    private Stmt ParseFor(int start, bool isAsync)
    {
        Expect(TokenKind.For);
        var target = ParseStarTargets();
        Expect(TokenKind.In);
        var iter = ParseStarExpressions();
        var body = ParseBlock();
        var orElse = Eat(TokenKind.Else) ? ParseBlock() : [];
        return isAsync
            ? new AsyncFor(R(start), target, iter, body, orElse, null)
            : new For(R(start), target, iter, body, orElse, null);
    }

    /// <summary>with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
    /// | ['async'] 'with' ','.with_item+ ':' block</summary>
    private Stmt ParseWith(int start, bool isAsync)
    {
        Expect(TokenKind.With);
        var items = K == TokenKind.LParen ? TryParseParenthesizedWithItems() : null;
        if (items is null)
        {
            var builder = ImmutableArray.CreateBuilder<WithItem>();
            do
            {
                builder.Add(ParseWithItem());
            }
            while (Eat(TokenKind.Comma));
            items = builder.ToImmutable();
        }
        var body = ParseBlock();
        return isAsync
            ? new AsyncWith(R(start), items.Value, body, null)
            : new With(R(start), items.Value, body, null);
    }

    /// <summary>'(' ','.with_item+ ','? ')' &amp;':' — or null (nothing consumed) when the
    /// parenthesis belongs to an expression instead.</summary>
    private ImmutableArray<WithItem>? TryParseParenthesizedWithItems()
    {
        int mark = _p, prevEnd = _prevEnd, diagnostics = _diagnostics.Count;
        var depths = SaveDepths();
        bool speculating = _speculating;
        _speculating = true;
        try
        {
            Advance();
            var builder = ImmutableArray.CreateBuilder<WithItem>();
            do
            {
                if (K == TokenKind.RParen && builder.Count > 0)
                {
                    break;
                }
                builder.Add(ParseWithItem());
            }
            while (Eat(TokenKind.Comma));
            if (Eat(TokenKind.RParen) && K == TokenKind.Colon)
            {
                return builder.ToImmutable();
            }
        }
        catch (ParseAbort)
        {
        }
        finally
        {
            _speculating = speculating;
        }
        _p = mark;
        _prevEnd = prevEnd;
        RestoreDepths(depths);
        _diagnostics.RemoveRange(diagnostics, _diagnostics.Count - diagnostics);
        return null;
    }

    /// <summary>with_item: expression 'as' star_target &amp;(',' | ')' | ':') | expression</summary>
    private WithItem ParseWithItem()
    {
        int start = Start;
        var context = ParseExpression();
        Expr? vars = null;
        if (Eat(TokenKind.As))
        {
            vars = ToTarget(ParseStarTarget(), ExprContext.Store);
            if (K is not (TokenKind.Comma or TokenKind.RParen or TokenKind.Colon))
            {
                throw Fail("invalid syntax");
            }
        }
        return new WithItem(R(start), context, vars);
    }

    /// <summary>try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block] [finally_block]
    /// | 'try' ':' block except_star_block+ [else_block] [finally_block]</summary>
    private Stmt ParseTry()
    {
        int start = Start;
        Advance();
        var body = ParseBlock();
        var handlers = ImmutableArray.CreateBuilder<ExceptHandler>();
        bool? star = null;
        while (K == TokenKind.Except)
        {
            int handlerStart = Start;
            Advance();
            bool isStar = Eat(TokenKind.Star);
            if (star is { } previous && previous != isStar)
            {
                throw FailAt("cannot have both 'except' and 'except*' on the same 'try'", handlerStart, _prevEnd);
            }
            star = isStar;
            Expr? type = null;
            string? name = null;
            if (K != TokenKind.Colon)
            {
                type = ParseExpression();
                if (K == TokenKind.Comma)
                {
                    throw FailOn(type, "multiple exception types must be parenthesized");
                }
                if (Eat(TokenKind.As))
                {
                    name = ParseIdentifier();
                }
            }
            else if (isStar)
            {
                throw Fail("expected one or more exception types");
            }
            var handlerBody = ParseBlock();
            handlers.Add(new ExceptHandler(R(handlerStart), type, name, handlerBody));
        }
        var orElse = handlers.Count > 0 && Eat(TokenKind.Else) ? ParseBlock() : [];
        ImmutableArray<Stmt> finalBody = [];
        if (Eat(TokenKind.Finally))
        {
            finalBody = ParseBlock();
        }
        else if (handlers.Count == 0)
        {
            throw Fail("expected 'except' or 'finally' block");
        }
        return star == true
            ? new TryStar(R(start), body, handlers.ToImmutable(), orElse, finalBody)
            : new Try(R(start), body, handlers.ToImmutable(), orElse, finalBody);
    }

    /// <summary>type_params: '[' ','.type_param+ [','] ']'
    /// type_param: NAME [':' expression] | '*' NAME | '**' NAME</summary>
    private ImmutableArray<TypeParam> ParseTypeParams()
    {
        Expect(TokenKind.LBracket);
        var builder = ImmutableArray.CreateBuilder<TypeParam>();
        do
        {
            if (K == TokenKind.RBracket && builder.Count > 0)
            {
                break;
            }
            int start = Start;
            if (Eat(TokenKind.Star))
            {
                builder.Add(new TypeVarTuple(R(start) with { End = Cur.End }, ParseIdentifier()));
            }
            else if (Eat(TokenKind.DoubleStar))
            {
                builder.Add(new ParamSpec(R(start) with { End = Cur.End }, ParseIdentifier()));
            }
            else
            {
                string name = ParseIdentifier();
                var bound = Eat(TokenKind.Colon) ? ParseExpression() : null;
                builder.Add(new TypeVar(R(start), name, bound));
            }
        }
        while (Eat(TokenKind.Comma));
        Expect(TokenKind.RBracket);
        return builder.ToImmutable();
    }
}
