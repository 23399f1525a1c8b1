//! `UserPoolResourceServer`: the props of the AWS CDK's `UserPoolResourceServer` construct
//! (`AWS::Cognito::UserPoolResourceServer`): an OAuth 2.0 resource server and its scopes.

mod render;
pub(crate) mod rules;

use crate::core::value::{ItemRef, Value};

pub(crate) use render::resource_server_attr;
pub(crate) use rules::server_facts;

/// The props table of `user_pool_resource_server` (`resource_server` in a pool): the single
/// source of its fields (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __resource_server_props {
    ($cb:path) => {
        $cb! {
        /// The props of a resource server.
        ///
        /// ```
        /// use cognito_runtime::{ResourceServerScope, Stack, UserPool, UserPoolResourceServer};
        ///
        /// let mut stack = Stack::new("Stack");
        /// let pool = stack.add("Pool", UserPool::default());
        /// stack.add_child(pool, "Api", UserPoolResourceServer {
        ///     identifier: "api".into(),
        ///     scopes: Some(vec![ResourceServerScope::new("read", "Read access")]),
        ///     ..UserPoolResourceServer::default()
        /// });
        /// let template = stack.synth()?;
        /// let server = &template["Resources"]["PoolApi150D6F71"]["Properties"];
        /// assert_eq!(server["Name"], "api");
        /// # Ok::<(), cognito_runtime::Error>(())
        /// ```
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolResourceServer "user_pool_resource_server" {
            /// `userPool`: the pool of a top-level resource server (a `user_pool` item). A resource
            /// server nested in a pool (`pool.addResourceServer(id, …)`) leaves it unset.
            user_pool: Option<ItemRef>,
            /// `identifier` (required): the prefix of the scopes in access tokens, such as `api` or
            /// `https://api.example.com`.
            [required] identifier: String,
            /// `userPoolResourceServerName` (default: the identifier); a string or a value known only
            /// at deploy time.
            user_pool_resource_server_name: Option<Value>,
            /// `scopes`, in order.
            scopes: Option<Vec<ResourceServerScope>> => resource_server_scopes,
        }
        }
    };
}

__resource_server_props!(crate::define_props);

/// A resource server imported with `UserPoolResourceServer.fromUserPoolResourceServerId(scope,
/// id, userPoolResourceServerId)`: it creates no resource and exposes its id, which is its
/// identifier; a client takes its scopes with `resource_server(server, "scope")`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedUserPoolResourceServer {
    /// The resource server's id (its identifier, what `Ref` gives for a created one).
    pub user_pool_resource_server_id: Value,
}

/// `ResourceServerScope`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResourceServerScope {
    /// `scopeName`.
    pub scope_name: String,
    /// `scopeDescription`.
    pub scope_description: String,
}

impl ResourceServerScope {
    /// `new ResourceServerScope({ scopeName, scopeDescription })`.
    pub fn new(scope_name: impl Into<String>, scope_description: impl Into<String>) -> ResourceServerScope {
        ResourceServerScope { scope_name: scope_name.into(), scope_description: scope_description.into() }
    }
}

/// A scope sits at `scopes.<name>`, where an `(EXPR)` can only be its description.
impl crate::core::table::Segment for ResourceServerScope {
    fn segment(&self) -> Option<String> {
        Some(self.scope_name.clone())
    }
}

/// A scope's name and description are literals.
impl crate::core::table::Walk for ResourceServerScope {
    fn walk(&self, _: &mut crate::core::table::Walker) {}
}
