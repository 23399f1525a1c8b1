//! The construct tree, from the resources' paths: each step of a path is a construct, in the
//! order the CDK created them (the order of the template).

use crate::Error;
use crate::template::Resource;

/// A construct: its id, the resource it holds (an index into the template's resources) and
/// the constructs below it.
#[derive(Debug, Default)]
pub struct Node {
    pub id: String,
    pub resource: Option<usize>,
    pub children: Vec<Node>,
}

impl Node {
    /// The child `id`, made when missing.
    fn child(&mut self, id: &str) -> &mut Node {
        let at = match self.children.iter().position(|c| c.id == id) {
            Some(at) => at,
            None => {
                self.children.push(Node { id: id.to_string(), ..Node::default() });
                self.children.len() - 1
            }
        };
        &mut self.children[at]
    }
}

/// The tree of `resources` below the stack.
pub fn build(stack: &str, resources: &[Resource]) -> Result<Node, Error> {
    let mut root = Node { id: stack.to_string(), ..Node::default() };
    for (i, r) in resources.iter().enumerate() {
        let node = r.path.iter().fold(&mut root, |node, step| node.child(step));
        if let Some(other) = node.resource {
            let first = resources.get(other).map_or("", |o| o.logical_id.as_str());
            return Err(Error::new(format!(
                "resources `{first}` and `{}` have the same path \"{stack}/{}\"; a construct path names one resource",
                r.logical_id,
                r.path.join("/")
            )));
        }
        node.resource = Some(i);
    }
    Ok(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(id: &str, path: &str) -> Resource {
        Resource {
            logical_id: id.into(),
            path: path.split('/').map(String::from).collect(),
            kind: "AWS::SNS::Topic".into(),
            properties: Vec::new(),
            attributes: Vec::new(),
            metadata: Vec::new(),
        }
    }

    #[test]
    fn paths_make_nested_constructs_in_order() {
        let rs = [resource("a", "pool/Resource"), resource("b", "pool/web/Resource"), resource("c", "Other")];
        let root = build("Stack", &rs).unwrap();
        let ids: Vec<&str> = root.children.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["pool", "Other"]);
        let pool = &root.children[0];
        assert_eq!((pool.children[0].id.as_str(), pool.children[0].resource), ("Resource", Some(0)));
        assert_eq!(pool.children[1].children[0].resource, Some(1));
        assert_eq!(root.children[1].resource, Some(2));
    }

    #[test]
    fn one_path_one_resource() {
        let rs = [resource("a", "pool/Resource"), resource("b", "pool/Resource")];
        let e = build("Stack", &rs).unwrap_err();
        assert_eq!(
            e.to_string(),
            "resources `a` and `b` have the same path \"Stack/pool/Resource\"; a construct path names one resource"
        );
    }
}
