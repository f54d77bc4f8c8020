namespace Shipshape.Python.Ast;

/// <summary>CPython's <c>expr_context</c>: how a name, attribute, subscript, starred, list or tuple is used.</summary>
public enum ExprContext
{
    Load,
    Store,
    Del,
}

/// <summary>CPython's <c>boolop</c>.</summary>
public enum BoolOperator
{
    And,
    Or,
}

/// <summary>CPython's <c>operator</c>: binary and augmented-assignment operators.</summary>
public enum Operator
{
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// <summary>CPython's <c>unaryop</c>.</summary>
public enum UnaryOperator
{
    Invert,
    Not,
    UAdd,
    USub,
}

/// <summary>CPython's <c>cmpop</c>.</summary>
public enum CmpOp
{
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
