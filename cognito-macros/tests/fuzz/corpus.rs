//! The corpus (`tests/corpus/*.cog`: the examples of the language guide and more) and what is made of it:
//! every one-token mutation (deleted, duplicated, swapped with the next, replaced by another
//! token of the corpus), random series of mutations, splices of one block into another, and
//! random token trees.

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

use super::rng::Rng;

/// The corpus files' token streams, and every token of them (the pool mutations draw from).
pub struct Corpus {
    pub files: Vec<(String, TokenStream)>,
    pub pool: Vec<TokenTree>,
}

impl Corpus {
    pub fn load() -> Corpus {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        let files: Vec<(String, TokenStream)> = paths
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap();
                let tokens = TokenStream::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                (p.file_name().unwrap().to_string_lossy().into_owned(), tokens)
            })
            .collect();
        let mut pool = Vec::new();
        for (_, tokens) in &files {
            flatten(tokens, &mut pool);
        }
        Corpus { files, pool }
    }

    /// The top-level items of every file, each alone: smaller inputs, the same tokens.
    pub fn items(&self) -> Vec<TokenStream> {
        let mut out = Vec::new();
        for (_, tokens) in &self.files {
            let mut item = Vec::new();
            for tt in tokens.clone() {
                let ends = matches!(&tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace)
                    || matches!(&tt, TokenTree::Punct(p) if p.as_char() == ';');
                item.push(tt);
                if ends {
                    out.push(std::mem::take(&mut item).into_iter().collect());
                }
            }
        }
        out
    }
}

fn flatten(stream: &TokenStream, out: &mut Vec<TokenTree>) {
    for tt in stream.clone() {
        if let TokenTree::Group(g) = &tt {
            flatten(&g.stream(), out);
        } else {
            out.push(tt);
        }
    }
}

/// Every token of `stream`, recursively, as (path of group indexes, index) positions.
pub fn positions(stream: &TokenStream, prefix: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    for (i, tt) in stream.clone().into_iter().enumerate() {
        prefix.push(i);
        out.push(prefix.clone());
        if let TokenTree::Group(g) = &tt {
            positions(&g.stream(), prefix, out);
        }
        prefix.pop();
    }
}

#[derive(Clone, Copy)]
pub enum Mutation {
    Delete,
    Duplicate,
    SwapNext,
    Replace(usize),
}

pub const MUTATIONS: [fn(usize) -> Mutation; 4] =
    [|_| Mutation::Delete, |_| Mutation::Duplicate, |_| Mutation::SwapNext, Mutation::Replace];

/// `stream` with the token at `at` mutated.
pub fn mutate(stream: &TokenStream, at: &[usize], m: Mutation, pool: &[TokenTree]) -> TokenStream {
    let mut tokens: Vec<TokenTree> = stream.clone().into_iter().collect();
    let Some((&i, rest)) = at.split_first() else { return stream.clone() };
    if i >= tokens.len() {
        return stream.clone();
    }
    if !rest.is_empty() {
        if let TokenTree::Group(g) = &tokens[i] {
            let mut inner = Group::new(g.delimiter(), mutate(&g.stream(), rest, m, pool));
            inner.set_span(g.span());
            tokens[i] = TokenTree::Group(inner);
        }
        return tokens.into_iter().collect();
    }
    match m {
        Mutation::Delete => {
            tokens.remove(i);
        }
        Mutation::Duplicate => {
            let t = tokens[i].clone();
            tokens.insert(i, t);
        }
        Mutation::SwapNext if i + 1 < tokens.len() => tokens.swap(i, i + 1),
        Mutation::SwapNext => {}
        Mutation::Replace(k) => tokens[i] = pool[k % pool.len()].clone(),
    }
    tokens.into_iter().collect()
}

/// One to four random mutations of a random corpus file.
pub fn mutated(rng: &mut Rng, corpus: &Corpus) -> TokenStream {
    let (_, file) = rng.pick(&corpus.files);
    let mut tokens = file.clone();
    for _ in 0..=rng.below(4) {
        let mut at = Vec::new();
        positions(&tokens, &mut Vec::new(), &mut at);
        if at.is_empty() {
            break;
        }
        let position = at[rng.below(at.len())].clone();
        let m = rng.pick(&MUTATIONS)(rng.below(corpus.pool.len()));
        tokens = mutate(&tokens, &position, m, &corpus.pool);
    }
    tokens
}

/// A corpus file whose items are shuffled and mixed with another file's: references cross,
/// names repeat, items land where they do not belong.
pub fn spliced(rng: &mut Rng, corpus: &Corpus) -> TokenStream {
    let items = corpus.items();
    (0..1 + rng.below(12)).flat_map(|_| items[rng.below(items.len())].clone()).collect()
}

/// A random token tree made of the corpus's tokens and groups of every delimiter.
pub fn random_tree(rng: &mut Rng, corpus: &Corpus) -> TokenStream {
    tree(rng, &corpus.pool, 0)
}

fn tree(rng: &mut Rng, pool: &[TokenTree], depth: usize) -> TokenStream {
    let len = rng.below(12);
    (0..len)
        .map(|_| {
            if depth < 4 && rng.one_in(5) {
                let delimiter = *rng.pick(&[Delimiter::Brace, Delimiter::Bracket, Delimiter::Parenthesis]);
                TokenTree::Group(Group::new(delimiter, tree(rng, pool, depth + 1)))
            } else {
                pool[rng.below(pool.len())].clone()
            }
        })
        .collect()
}
