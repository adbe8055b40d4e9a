// Lexer for the InspectFramework language (.inspect files).
// Keywords are lower case words; most can still be used as names (see `ident` in the parser).
lexer grammar InspectFrameworkLexer;

// Comments and white space go to a hidden channel: the formatter reads them from the token stream.
LINE_COMMENT  : '//' ~[\r\n]*                 -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/'                 -> channel(HIDDEN) ;
// Only a comment with no '*/' at all: ANTLR prefers the longest match, so a rule that may run
// past a '*/' to the end of the file would swallow every block comment and the code after it.
UNTERMINATED_BLOCK_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;
WS            : [ \t\r\n\u000C\uFEFF]+         -> channel(HIDDEN) ;

FRAMEWORK   : 'framework' ;
TITLE       : 'title' ;
VERSION     : 'version' ;
PUBLISHER   : 'publisher' ;
EFFECTIVE   : 'effective' ;
SOURCE      : 'source' ;
SCALE       : 'scale' ;
LEVEL       : 'level' ;
POINTS      : 'points' ;
BANDS       : 'bands' ;
OF          : 'of' ;
PERCENTAGE  : 'percentage' ;
ROUNDED     : 'rounded' ;
TO          : 'to' ;
DECIMALS    : 'decimals' ;
CASE        : 'case' ;
TYPE        : 'type' ;
FACT        : 'fact' ;
VALUES      : 'values' ;
ANALYSIS    : 'analysis' ;
ONE         : 'one' ;
BOOLEAN     : 'boolean' ;
INTEGER     : 'integer' ;
DOMAIN      : 'domain' ;
FOR         : 'for' ;
WHEN        : 'when' ;
STANDARD    : 'standard' ;
STATEMENT   : 'statement' ;
RATED       : 'rated' ;
BY          : 'by' ;
JUDGEMENT   : 'judgement' ;
LOWEST      : 'lowest' ;
KEY         : 'key' ;
QUESTION    : 'question' ;
PROMPT      : 'prompt' ;
ANSWERS     : 'answers' ;
RATIONALE   : 'rationale' ;
REQUIRED    : 'required' ;
GUIDANCE    : 'guidance' ;
PROVENANCE  : 'provenance' ;
VERBATIM    : 'verbatim' ;
RECONSTRUCTED : 'reconstructed' ;
DISCRETION  : 'discretion' ;
ALLOW       : 'allow' ;
WITHIN      : 'within' ;
OVERALL     : 'overall' ;
TOTAL       : 'total' ;
SCORE       : 'score' ;
CONTRIBUTES : 'contributes' ;
AND         : 'and' ;
OR          : 'or' ;
NOT         : 'not' ;
IN          : 'in' ;
TRUE        : 'true' ;
FALSE       : 'false' ;

LBRACE  : '{' ;
RBRACE  : '}' ;
LPAREN  : '(' ;
RPAREN  : ')' ;
COMMA   : ',' ;
PERCENT : '%' ;
ASSIGN  : '=' ;
EQ      : '==' ;
NEQ     : '!=' ;
LE      : '<=' ;
GE      : '>=' ;
LT      : '<' ;
GT      : '>' ;
ARROW   : '->' ;

DATE    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
// Published numbers (2, 2.1, 2.1.3) and decimal quantities (64.5) share one token;
// the binder reads it according to where it stands.
NUMBER  : DIGIT+ ('.' DIGIT+)* ;
IDENT   : [a-zA-Z_] [a-zA-Z0-9_]* ;

STRING  : '"' ( ESCAPE | ~["\\\r\n] )* '"' ;
// A string that reaches the end of its line: reported as a diagnostic, never a lexer crash.
UNTERMINATED_STRING : '"' ( ESCAPE | ~["\\\r\n] )* ( '\\' )? ;

// Text in typographic quotes (pasted from a word processor) or single quotes: reported, then read
// as text, so that one wrong pair of quotes gives one error rather than a broken declaration.
MISQUOTED_STRING : '\u201C' ~[\u201C\u201D\r\n]* '\u201D' | '\u2018' ~[\u2018\u2019\r\n]* '\u2019' | '\'' ~['\r\n]* '\'' ;

// Anything else is one bad character, reported by the parser layer.
ERROR_CHAR : . ;

fragment ESCAPE : '\\' . ;
fragment DIGIT  : [0-9] ;
