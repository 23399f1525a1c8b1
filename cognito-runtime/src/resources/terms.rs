//! `terms`: the terms of use or the privacy policy an app client's managed login sign-up page
//! links to (`AWS::Cognito::Terms`, the CDK's `CfnTerms`), a URL per language.

use crate::context::cfn::{
    ToCfn, check_client_of_pool, check_in_pool, render_in_pool, warn_without_managed_login,
};
use crate::context::check::{Check, Issue};
use crate::context::synth::Synth;
use crate::core::cfn_value::{ClientRef, Word};
use crate::core::error::Target;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::value::Value;

/// The props table of `terms`: CloudFormation's own props (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __terms_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::Terms`: one terms document of an app client. `UserPoolId` is the
        /// enclosing pool's.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Terms "terms" {
            /// `TermsName`: `terms-of-use` or `privacy-policy`.
            [required] terms_name: Word = "TermsName",
            /// `TermsSource`: `LINK`.
            [required] terms_source: Word = "TermsSource",
            /// `Enforcement`: `NONE`.
            [required] enforcement: Word = "Enforcement",
            /// `Links`: a URL per language, `{ "cognito:default": "https://…" }`.
            [required] links: Vec<(String, Value)> = "Links",
            /// `ClientId`: the app client whose sign-up page links to the document (Cognito
            /// requires one).
            client: Option<ClientRef> = "ClientId",
        }
        }
    };
}

__terms_props!(crate::define_cfn_props);

/// The two documents Cognito shows together.
const DOCUMENTS: [&str; 2] = ["terms-of-use", "privacy-policy"];

impl Terms {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(props) = self.to_cfn(cx).and_then(Json::into_obj) else { return };
        render_in_pool(cx, node, "AWS::Cognito::Terms", props);
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let Some(pool) = check_in_pool(cx, "terms") else { return };
        match &self.client {
            Some(client) => {
                check_client_of_pool(cx, "client", &client.0, pool);
                let documents = documents_of(self, pool, cx);
                one_per_document(self, &documents, cx);
                both_documents(self, &documents, cx);
            }
            None => needs_client(cx),
        }
        warn_without_managed_login(cx, pool, "terms", "the link");
    }

    /// The document's name, when written as a literal.
    fn name(&self) -> Option<&str> {
        self.terms_name.0.literal()
    }
}

/// The `terms` items of the pool before this one and after it that name the same client:
/// `(node, terms name, before this one)`.
fn documents_of<'a>(t: &Terms, pool: NodeId, cx: &Check<'a>) -> Vec<(NodeId, Option<&'a str>, bool)> {
    let facts = cx.facts;
    let client = t.client.as_ref().and_then(|c| facts.resolve(&c.0));
    let mut before = true;
    let mut out = Vec::new();
    for &n in facts.children(Some(pool)) {
        if Some(n) == cx.node {
            before = false;
            continue;
        }
        let Some(other) = facts.props::<Terms>(n) else { continue };
        if client.is_some() && other.client.as_ref().and_then(|c| facts.resolve(&c.0)) == client {
            out.push((n, other.name(), before));
        }
    }
    out
}

/// Cognito (`CreateTerms`: `ClientId` is required, "Must be an app client in the requested
/// user pool"): the schema leaves it optional, the service does not.
fn needs_client(cx: &mut Check) {
    cx.push(
        Issue::new(
            "terms.client",
            "",
            "a `terms` needs `client`, the app client whose sign-up page links to it; add `client: my_client`. Cognito rejects it at deploy time (`CreateTerms` requires a `ClientId`)",
        )
        .target(Target::Id),
    );
}

/// Cognito (`TermsExistsException`: "Terms document names must be unique to the app client").
fn one_per_document(t: &Terms, documents: &[(NodeId, Option<&str>, bool)], cx: &mut Check) {
    let Some(name) = t.name() else { return };
    let Some((first, _, _)) = documents.iter().find(|(_, other, before)| *before && *other == Some(name))
    else {
        return;
    };
    let first = cx.facts.path(*first).join("/");
    cx.push(
        Issue::new(
            "terms.duplicate",
            "terms_name",
            format!("the client already has a `{name}` document (`{first}`), and a client has one of each; keep one, with a link per language in its `links`. Cognito rejects the second at deploy time (TermsExistsException)"),
        )
        .value(format!("{name:?}")),
    );
}

/// Cognito (`CreateTerms`: "You must provide both types of terms documents in at least one
/// language before Amazon Cognito displays your terms documents"): a warning, the stack
/// deploys and the sign-up page shows neither. Reported once, on the first document.
fn both_documents(t: &Terms, documents: &[(NodeId, Option<&str>, bool)], cx: &mut Check) {
    let Some(name) = t.name() else { return };
    if documents.iter().any(|(_, _, before)| *before) || documents.iter().any(|(_, other, _)| other.is_none())
    {
        return;
    }
    let Some(missing) =
        DOCUMENTS.iter().find(|d| **d != name && !documents.iter().any(|(_, o, _)| *o == Some(d)))
    else {
        return;
    };
    if !DOCUMENTS.contains(&name) {
        return;
    }
    cx.push(
        Issue::new(
            "terms.both",
            "terms_name",
            format!("the client has a `{name}` document but no `{missing}`, and Cognito shows terms documents only when a client has both; add a `terms … {{ terms_name: \"{missing}\", … }}` for the same client"),
        )
        .value(format!("{name:?}"))
        .warning(),
    );
}
