//! Compiles a syntax tree into a Thompson automaton: a list of instructions that the matcher
//! runs over all its states at once, so matching is linear in the input.

use super::class::Class;
use super::error::PatternError;
use super::parse::{Ast, Look};

/// Enough for every schema pattern (`{1,512}` of a class is about 1,000), and a bound on
/// what a hostile `allowed_pattern` can make us allocate.
const MAX_INSTRUCTIONS: usize = 20_000;
/// Nodes visited while compiling: an empty group repeated inside repetitions emits nothing,
/// and must not take forever either.
const MAX_STEPS: usize = 200_000;

#[derive(Clone, Debug)]
pub(super) enum Inst {
    /// One character of `classes[i]`, then the next instruction.
    Class(usize),
    /// A zero-width test, then the next instruction.
    Look(Look),
    /// Both ways.
    Split(usize, usize),
    Jump(usize),
    Match,
}

#[derive(Clone, Debug)]
pub(super) struct Program {
    pub insts: Vec<Inst>,
    pub classes: Vec<Class>,
}

pub(super) fn compile(ast: &Ast) -> Result<Program, PatternError> {
    let mut c = Compiler { program: Program { insts: Vec::new(), classes: Vec::new() }, steps: 0 };
    c.emit(ast)?;
    c.push(Inst::Match)?;
    Ok(c.program)
}

struct Compiler {
    program: Program,
    steps: usize,
}

impl Compiler {
    fn push(&mut self, inst: Inst) -> Result<usize, PatternError> {
        if self.program.insts.len() >= MAX_INSTRUCTIONS {
            return Err(PatternError { message: "the pattern is too large".to_owned(), offset: 0 });
        }
        self.program.insts.push(inst);
        Ok(self.program.insts.len() - 1)
    }

    fn here(&self) -> usize {
        self.program.insts.len()
    }

    fn patch(&mut self, at: usize, inst: Inst) {
        if let Some(slot) = self.program.insts.get_mut(at) {
            *slot = inst;
        }
    }

    fn class(&mut self, class: &Class) -> usize {
        match self.program.classes.iter().position(|c| c == class) {
            Some(i) => i,
            None => {
                self.program.classes.push(class.clone());
                self.program.classes.len() - 1
            }
        }
    }

    fn emit(&mut self, ast: &Ast) -> Result<(), PatternError> {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return Err(PatternError { message: "the pattern is too large".to_owned(), offset: 0 });
        }
        match ast {
            Ast::Empty => {}
            Ast::Class(class) => {
                let i = self.class(class);
                self.push(Inst::Class(i))?;
            }
            Ast::Look(look) => {
                self.push(Inst::Look(look.clone()))?;
            }
            Ast::Concat(items) => {
                for item in items {
                    self.emit(item)?;
                }
            }
            Ast::Alt(branches) => self.alternation(branches)?,
            Ast::Repeat { ast, min, max } => self.repeat(ast, *min, *max)?,
        }
        Ok(())
    }

    /// `Split(b0, next) b0 Jump(end) next: Split(b1, …) … bn end:`.
    fn alternation(&mut self, branches: &[Ast]) -> Result<(), PatternError> {
        let mut jumps = Vec::new();
        let Some((last, init)) = branches.split_last() else { return Ok(()) };
        for branch in init {
            let split = self.push(Inst::Split(0, 0))?;
            self.emit(branch)?;
            jumps.push(self.push(Inst::Jump(0))?);
            let next = self.here();
            self.patch(split, Inst::Split(split + 1, next));
        }
        self.emit(last)?;
        let end = self.here();
        for j in jumps {
            self.patch(j, Inst::Jump(end));
        }
        Ok(())
    }

    /// `min` copies, then a loop (no `max`) or `max - min` optional copies.
    fn repeat(&mut self, ast: &Ast, min: u32, max: Option<u32>) -> Result<(), PatternError> {
        for _ in 0..min {
            self.emit(ast)?;
        }
        match max {
            None => {
                let split = self.push(Inst::Split(0, 0))?;
                self.emit(ast)?;
                self.push(Inst::Jump(split))?;
                let end = self.here();
                self.patch(split, Inst::Split(split + 1, end));
            }
            Some(max) => {
                let mut splits = Vec::new();
                for _ in min..max {
                    splits.push(self.push(Inst::Split(0, 0))?);
                    self.emit(ast)?;
                }
                let end = self.here();
                for s in splits {
                    self.patch(s, Inst::Split(s + 1, end));
                }
            }
        }
        Ok(())
    }
}
