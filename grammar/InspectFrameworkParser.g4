// Parser for the InspectFramework language. The parse tree never leaves the parsing layer:
// src/InspectFramework.Compiler/Parsing turns it into the compiler's own immutable syntax tree.
parser grammar InspectFrameworkParser;

// CompactRuleContext: ANTLR's parse tree node with less allocation (see that class).
options { tokenVocab = InspectFrameworkLexer; contextSuperClass = InspectFramework.Grammar.CompactRuleContext; }

compilationUnit : declaration* EOF ;

declaration
    : frameworkDecl
    | sourceDecl
    | scaleDecl
    | bandsDecl
    | caseTypeDecl
    | valueSetDecl
    | factDecl
    | discretionDecl
    | overallDecl
    | scoreDecl
    | domainDecl
    ;

// framework hmip_youth_2019 { title "..." version "2019.1" publisher "..." effective 2019-06-01 }
frameworkDecl : FRAMEWORK name=ident LBRACE frameworkProperty* RBRACE ;
frameworkProperty
    : TITLE text        # titleProperty
    | VERSION text      # versionProperty
    | PUBLISHER text    # publisherProperty
    | EFFECTIVE DATE    # effectiveProperty
    | guidance          # frameworkGuidance
    ;

// source luton_2020 "An inspection of youth offending services in Luton, May 2020"
sourceDecl : SOURCE name=ident text ;

// scale rating { level good "Good" points 2 ... } levels from lowest to highest
scaleDecl : SCALE name=ident text? LBRACE levelDecl* RBRACE ;
levelDecl : LEVEL name=ident text POINTS NUMBER ;

// bands kq "Key question bands" { of percentage rounded half_up to 0 decimals  good 65% to 79% ... }
bandsDecl : BANDS name=ident text? LBRACE bandsMeasure bandRow* RBRACE ;
// Alternatives that share their first tokens are factored (here and below), so that each decision
// needs one token of lookahead: a syntax error is then detected, and its expected tokens computed,
// at the token that is wrong rather than where the decision began.
bandsMeasure : OF ( PERCENTAGE ROUNDED rounding=ident TO NUMBER DECIMALS | POINTS ) ;
bandRow : level=ident low=NUMBER lowPct=PERCENT? TO high=NUMBER highPct=PERCENT? ;

// case type court "Court disposal"
caseTypeDecl : CASE TYPE name=ident text ;

// values classification "Classification" { low "Low", medium "Medium", ... }   shared by several facts
valueSetDecl : VALUES name=ident text LBRACE enumMember (COMMA? enumMember)* COMMA? RBRACE ;

// fact harm "Factors related to harm" boolean
// fact disposal "Disposal" one of { referral_order "Referral order" for court, ... }
// fact safety "Safety and wellbeing" one of classification   (a shared value set)
// fact concerns "Safety and wellbeing concerns" = safety in {medium, high}
// `for analysis` marks a fact recorded for subgroup analysis only (no condition needs to use it).
factDecl : FACT name=ident text factType analysisMarker? ;
analysisMarker : FOR ANALYSIS ;
factType
    : BOOLEAN                                           # booleanFact
    | INTEGER                                           # integerFact
    | ONE OF ( LBRACE enumMember (COMMA? enumMember)* COMMA? RBRACE | valueSet=ident )   # enumFact
    | ASSIGN expression                                 # derivedFact
    ;
// A value with `for` is allowed only in cases of those case types; one without, in every case.
enumMember : name=ident text caseTypes? ;

// discretion { rationale required  allow requires_improvement -> good when within 5 points }
discretionDecl : DISCRETION LBRACE discretionClause* RBRACE ;
discretionClause
    : RATIONALE REQUIRED                                               # discretionRationale
    | ALLOW from=ident ARROW to=ident (WHEN WITHIN NUMBER POINTS)?     # discretionMove
    ;

// overall rated by total points in overall_bands
overallDecl : OVERALL RATED BY TOTAL POINTS IN bands=ident ;

// score safeguarding "Safeguarding" rounded half_up to 0 decimals   (the rounding is optional)
scoreDecl : SCORE name=ident text (ROUNDED rounding=ident TO NUMBER DECIMALS)? ;

// contributes to safeguarding, risk_of_harm   (on a domain, a standard or a key question)
contributions : CONTRIBUTES TO ident (COMMA ident)* ;

domainDecl : DOMAIN number=NUMBER name=ident text caseTypes? applicability? LBRACE domainMember* RBRACE ;
caseTypes : FOR ident (COMMA ident)* ;
domainMember
    : standardDecl
    | contributions
    | itemProperty
    ;

standardDecl : STANDARD number=NUMBER name=ident text applicability? LBRACE standardMember* RBRACE ;
standardMember
    : STATEMENT text                                    # standardStatement
    | ratingRule                                        # standardRating
    | discretionDecl                                    # standardDiscretion
    | keyQuestionDecl                                   # standardKeyQuestion
    | contributions                                     # standardContributions
    | itemProperty                                      # standardProperty
    ;

ratingRule : RATED BY ( JUDGEMENT | LOWEST KEY QUESTION IN bands=ident ) | NOT RATED ;

keyQuestionDecl : KEY QUESTION number=NUMBER name=ident text applicability? (LBRACE keyQuestionMember* RBRACE)? ;
keyQuestionMember
    : promptDecl
    | contributions
    | itemProperty
    ;

// prompt (a) victims "..." when identifiable_victim
// A prompt's `contributes to` is read so that the checker can say where it belongs (on the key question).
promptDecl : PROMPT (LPAREN letter=ident RPAREN)? name=ident text applicability? (LBRACE promptMember* RBRACE)? ;
promptMember
    : contributions
    | itemProperty
    ;

itemProperty
    : guidance                                          # guidanceProperty
    | PROVENANCE kind=(VERBATIM | RECONSTRUCTED) source=ident text?   # provenanceProperty
    | ANSWERS kind=ident                                # answersProperty
    | RATIONALE REQUIRED                                # rationaleProperty
    ;

guidance : GUIDANCE text ;

applicability : WHEN expression ;

// Conditions. `and`/`or` chains are read as flat lists so that long chains never recurse deeply.
expression : andExpression (OR andExpression)* ;
andExpression : notExpression (AND notExpression)* ;
notExpression
    : NOT notExpression                                 # negation
    | comparison                                        # plainComparison
    ;
comparison : left=primary comparisonTail? ;
// A single '=' is read as '==' and reported (IF0001, with its fix) by the syntax tree builder, so
// the slip is one error and the condition is still checked as meant.
comparisonTail
    : op=(EQ | NEQ | LT | LE | GT | GE | ASSIGN) right=primary   # relational
    | NOT? IN LBRACE ident (COMMA ident)* COMMA? RBRACE  # membership
    ;
primary
    : ident                                             # nameReference
    | NUMBER                                            # numberLiteral
    | TRUE                                              # trueLiteral
    | FALSE                                             # falseLiteral
    | LPAREN expression RPAREN                          # parenthesized
    ;

text : STRING ;

// Words that are keywords in one place but read naturally as names elsewhere.
ident
    : IDENT
    | TITLE | VERSION | PUBLISHER | EFFECTIVE | SOURCE | LEVEL | POINTS | OF | PERCENTAGE
    | ROUNDED | DECIMALS | TYPE | ONE | BOOLEAN | INTEGER | STATEMENT | RATED | BY | JUDGEMENT
    | LOWEST | KEY | QUESTION | ANSWERS | RATIONALE | REQUIRED | GUIDANCE | VERBATIM
    | RECONSTRUCTED | ALLOW | WITHIN | TOTAL | CASE | SCALE | BANDS | OVERALL | DISCRETION | ANALYSIS
    | SCORE | CONTRIBUTES | VALUES
    ;
