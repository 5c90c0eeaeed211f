using System.Linq.Expressions;

namespace Koski.Virkailija.Application;

/// <summary>Composes query predicates: a lambda's body rewritten onto another parameter, to be joined with AndAlso/OrElse.</summary>
internal static class Lausekkeet
{
    public static Expression Runko<T>(Expression<Func<T, bool>> ehto, Expression parametri) =>
        new Korvaus(ehto.Parameters[0], parametri).Visit(ehto.Body);

    /// <summary>Any one-parameter lambda's body on another parameter or expression (e.g. a sort key, a row's column).</summary>
    public static Expression Runko(LambdaExpression lauseke, Expression parametri) =>
        new Korvaus(lauseke.Parameters[0], parametri).Visit(lauseke.Body);

    private sealed class Korvaus(ParameterExpression vanha, Expression uusi) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == vanha ? uusi : node;
    }
}
