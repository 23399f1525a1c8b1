//! How the values that attributes are computed from refer to one another: an imported pool's
//! attributes are the value it was imported with (`from_user_pool_id(…)`), which may refer
//! to another import's attribute, and so on. The render follows those references, so they
//! must end: no circle (`user_pool p = from_user_pool_id(p.user_pool_id);`) and no chain
//! longer than [`MAX_VALUE_DEPTH`]. Computed once per pass, in time linear in the stack
//! (strongly connected components, without recursion), and asked for each reference.

use std::collections::HashMap;

use crate::context::check::ValueLink;
use crate::context::facts::Facts;
use crate::core::nesting::MAX_VALUE_DEPTH;
use crate::core::node::NodeId;
use crate::core::value::{Attr, Value};
use crate::stack::Stack;

/// One setting an attribute is computed from: its item and path.
type Setting = (NodeId, &'static str);

/// The settings attributes are computed from, and their references to one another.
pub(crate) struct ValueLinks {
    /// The setting of each item that has one (an item has at most one).
    index: HashMap<NodeId, usize>,
    settings: Vec<Setting>,
    /// The strongly connected component of each setting.
    component: Vec<usize>,
    /// The settings of each component, in declaration order.
    members: Vec<Vec<usize>>,
    /// The most settings a render goes through from each one (itself included); a setting in
    /// a circle counts 1 (the circle is reported instead).
    chain: Vec<usize>,
}

impl ValueLinks {
    pub(crate) fn new(stack: &Stack, facts: &dyn Facts) -> ValueLinks {
        let item = |node: NodeId| stack.node(node).map(|n| &n.item);
        let mut settings: Vec<(Setting, &Value)> = Vec::new();
        for (node, n) in stack.ids().zip(stack.nodes()) {
            if let Some((path, value)) = n.item.value_setting() {
                settings.push(((node, path), value));
            }
        }
        let index: HashMap<NodeId, usize> =
            settings.iter().enumerate().map(|(i, ((node, _), _))| (*node, i)).collect();
        let edges: Vec<Vec<usize>> = settings
            .iter()
            .map(|&((node, _), value)| {
                let computed = |(r, attr): (_, &Attr)| {
                    let target = facts.lookup(Some(node), r).found()?;
                    item(target)?.attr_source(attr)?;
                    index.get(&target).copied()
                };
                value.attrs().filter_map(computed).collect()
            })
            .collect();
        let (component, count) = components(&edges);
        let mut members = vec![Vec::new(); count];
        for (i, &c) in component.iter().enumerate() {
            members[c].push(i);
        }
        // Tarjan's search numbers a component after every component it refers to.
        let mut chain = vec![1usize; settings.len()];
        for component in &members {
            let cyclic = component.len() > 1 || component.iter().any(|&i| edges[i].contains(&i));
            if cyclic {
                continue;
            }
            for &i in component {
                chain[i] = 1 + edges[i].iter().map(|&j| chain[j]).max().unwrap_or(0);
            }
        }
        ValueLinks {
            index,
            settings: settings.into_iter().map(|(s, _)| s).collect(),
            component,
            members,
            chain,
        }
    }

    /// What the reference from the setting `from` to `attr` of `target` leads to: back to
    /// that setting (the other settings of the circle), or through more than
    /// [`MAX_VALUE_DEPTH`] settings, or neither.
    pub(crate) fn link(&self, stack: &Stack, from: (NodeId, &str), target: NodeId, attr: &Attr) -> ValueLink {
        let Some(&i) = self.index.get(&from.0).filter(|&&i| self.settings[i].1 == from.1) else {
            return ValueLink::Fine;
        };
        if stack.node(target).is_none_or(|n| n.item.attr_source(attr).is_none()) {
            return ValueLink::Fine;
        }
        let Some(&j) = self.index.get(&target) else { return ValueLink::Fine };
        // The reference is one of `i`'s edges: to `j` in the same component, it closes a
        // circle (to `i` itself, the smallest).
        let c = self.component[i];
        if c == self.component[j] {
            let others = self.members[c].iter().filter(|&&k| k != i).map(|&k| self.settings[k]).collect();
            return ValueLink::Cycle(others);
        }
        // Reported where a chain crosses the limit, not at every setting above it.
        if self.chain[i] == MAX_VALUE_DEPTH + 1 && self.chain[j] == MAX_VALUE_DEPTH {
            return ValueLink::TooLong;
        }
        ValueLink::Fine
    }
}

/// Tarjan's strongly connected components of `edges`, without recursion: each node's
/// component, numbered in the order the search closes them (every component after those it
/// has edges to), and how many there are.
fn components(edges: &[Vec<usize>]) -> (Vec<usize>, usize) {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let (mut number, mut low) = (vec![UNSEEN; n], vec![0; n]);
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNSEEN; n];
    let mut count = 0;
    let mut counter = 0;
    for root in 0..n {
        if number[root] != UNSEEN {
            continue;
        }
        // (node, the index of its next edge)
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        number[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut next)) = path.last_mut() {
            if let Some(&w) = edges[v].get(*next) {
                *next += 1;
                if number[w] == UNSEEN {
                    number[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    path.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(number[w]);
                }
                continue;
            }
            path.pop();
            if let Some(&(parent, _)) = path.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == number[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = count;
                    if w == v {
                        break;
                    }
                }
                count += 1;
            }
        }
    }
    (component, count)
}
