//! The cloud assembly as the CDK writes it into `cdk.out`: `manifest.json`, each stack's
//! template (one-space indentation, no final newline: its hash is in the asset manifest),
//! `<Stack>.assets.json`, `<Stack>.metadata.json`, the staged assets, and `cdk.out`.

use std::path::Path;

use super::App;
use super::asset;
use super::report::Diagnostic;
use super::sha256;
use super::synthesizer;
use crate::core::asset::StagedAsset;
use crate::core::env::Env;
use crate::core::error::Error;
use crate::core::json::{Json, Obj};
use crate::stack::Stack;
use crate::stack::assembly::{WriteError, write as write_file};
use crate::stack::settings::Synthesizer;

/// The cloud assembly schema version aws-cdk-lib 2.276 writes.
const SCHEMA_VERSION: &str = "55.0.0";
/// The oldest CDK CLI that reads it, as aws-cdk-lib 2.276 says.
const MINIMUM_CLI_VERSION: &str = "2.1148.2";

/// The whole cloud assembly, in memory: every stack's final template and what the manifest
/// says of it. [`App::write_assembly`] writes it.
#[derive(Clone, Debug)]
pub struct CloudAssembly {
    /// The stacks, in the order they were added.
    pub stacks: Vec<SynthesizedStack>,
    /// Findings that do not stop the synthesis (a template too big to deploy inline).
    pub warnings: Vec<Diagnostic>,
}

impl CloudAssembly {
    /// The stack named `name`.
    pub fn stack(&self, name: &str) -> Option<&SynthesizedStack> {
        self.stacks.iter().find(|s| s.name == name)
    }

    /// Writes the assembly to `dir` (created if needed), as [`App::write_assembly`] does.
    pub fn write(&self, dir: impl AsRef<Path>) -> Result<(), WriteError> {
        write(self, dir.as_ref())
    }
}

/// One stack of a synthesized app: its final template and its entries in the assembly.
#[derive(Clone, Debug)]
pub struct SynthesizedStack {
    /// The stack's name (its artifact id and CloudFormation stack name).
    pub name: String,
    /// Where it deploys.
    pub env: Env,
    /// The synthesizer it was rendered with.
    pub synthesizer: Synthesizer,
    /// The template, exports and the synthesizer's additions included.
    pub template: Json,
    /// The template as written into the assembly (`JSON.stringify(t, undefined, 1)`).
    pub template_text: String,
    /// The stacks it depends on, in the order the CDK lists them.
    pub dependencies: Vec<String>,
    /// Its file assets: each with its display name (`check/Code`), in declaration order.
    pub assets: Vec<(String, StagedAsset)>,
    /// The artifacts of `manifest.json`: the asset manifest's (default synthesizer), the stack's.
    pub artifacts: Vec<(String, Json)>,
    /// `<Stack>.assets.json` (default synthesizer).
    pub asset_manifest: Option<Json>,
}

impl SynthesizedStack {
    pub(crate) fn new(
        stack: &Stack,
        template: Json,
        template_text: String,
        dependencies: Vec<String>,
        assets: Vec<(String, StagedAsset)>,
    ) -> SynthesizedStack {
        let synthesizer = synthesizer::effective(stack);
        let template_hash = sha256::hex(template_text.as_bytes());
        let asset_manifest =
            (synthesizer == Synthesizer::Default).then(|| asset_manifest(stack, &assets, &template_hash));
        let mut artifacts = Vec::new();
        if synthesizer == Synthesizer::Default {
            artifacts.push((format!("{}.assets", stack.name()), synthesizer::asset_manifest_artifact(stack)));
        }
        let key = (synthesizer == Synthesizer::Default).then(|| format!("{template_hash}.json"));
        artifacts.push((stack.name().to_owned(), stack_artifact(stack, &dependencies, key.as_deref())));
        SynthesizedStack {
            name: stack.name().to_owned(),
            env: stack.env().clone(),
            synthesizer,
            template,
            template_text,
            dependencies,
            assets,
            artifacts,
            asset_manifest,
        }
    }
}

/// The stack's artifact (`addStackArtifactToAssembly`).
fn stack_artifact(stack: &Stack, dependencies: &[String], template_key: Option<&str>) -> Json {
    let env = stack.env();
    let environment = format!(
        "aws://{}/{}",
        env.account.as_deref().unwrap_or("unknown-account"),
        env.region.as_deref().unwrap_or("unknown-region")
    );
    let mut properties = Obj::new();
    properties.insert("templateFile", format!("{}.template.json", stack.name()));
    properties.insert("terminationProtection", false);
    if let Some(tags) = stack_tags(stack) {
        properties.insert("tags", tags);
    }
    properties.insert("validateOnSynth", false);
    synthesizer::artifact_properties(stack, &mut properties, template_key);
    let mut deps: Vec<String> = dependencies.to_vec();
    if template_key.is_some() {
        deps.push(format!("{}.assets", stack.name()));
    }
    let mut artifact = Obj::new();
    artifact.insert("type", "aws:cloudformation:stack");
    artifact.insert("environment", environment);
    artifact.insert("properties", properties);
    if !deps.is_empty() {
        artifact.insert("dependencies", Json::strs(deps));
    }
    artifact.insert("additionalMetadataFile", format!("{}.metadata.json", stack.name()));
    artifact.insert("displayName", stack.name().to_owned());
    Json::Obj(artifact)
}

/// The stack's own tags (`Tags.of(stack)`), which the CDK also writes in its artifact
/// (`tags: stack.tags.tagValues()`, left out when there are none), a later value of a key
/// replacing an earlier one; the keys sorted as the assembly's writer sorts them.
fn stack_tags(stack: &Stack) -> Option<Json> {
    let mut tags = Obj::new();
    for (k, v) in stack.tags() {
        tags.insert(k.clone(), v.clone());
    }
    (!tags.is_empty()).then(|| Json::Obj(tags.sorted()))
}

/// `<Stack>.assets.json` (`AssetManifestBuilder`): each asset once (the first display name),
/// then the template.
fn asset_manifest(stack: &Stack, assets: &[(String, StagedAsset)], template_hash: &str) -> Json {
    let mut files = Obj::new();
    for (display, a) in assets {
        if files.get(&a.hash).is_none() {
            files.push(
                a.hash.clone(),
                file_entry(stack, display, &a.staged_name(), a.packaging(), &a.object_key()),
            );
        }
    }
    let display = format!("{} Template", stack.name());
    let template_file = format!("{}.template.json", stack.name());
    let key = format!("{template_hash}.json");
    files.insert(template_hash.to_owned(), file_entry(stack, &display, &template_file, "file", &key));
    let mut manifest = Obj::new();
    manifest.insert("version", SCHEMA_VERSION);
    manifest.insert("files", files);
    manifest.insert("dockerImages", Obj::new());
    Json::Obj(manifest)
}

fn file_entry(stack: &Stack, display: &str, path: &str, packaging: &str, object_key: &str) -> Json {
    let mut source = Obj::new();
    source.insert("path", path.to_owned());
    source.insert("packaging", packaging.to_owned());
    let (key, destination) = destination(stack, object_key);
    let mut entry = Obj::new();
    entry.insert("displayName", display.to_owned());
    entry.insert("source", source);
    entry.insert("destinations", Json::obj1(key, destination));
    Json::Obj(entry)
}

/// A file's destination and its key: the environment's name and the first 8 hex digits of
/// the SHA-256 of the destination as `JSON.stringify` writes it.
fn destination(stack: &Stack, object_key: &str) -> (String, Json) {
    let bucket = synthesizer::bucket(stack);
    let role = synthesizer::file_publishing_role(stack);
    let region = stack.env().region.clone();
    let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let mut compact = format!("{{\"bucketName\":{},\"objectKey\":{}", q(&bucket), q(object_key));
    if let Some(r) = &region {
        compact.push_str(&format!(",\"region\":{}", q(r)));
    }
    compact.push_str(&format!(",\"assumeRoleArn\":{}}}", q(&role)));
    let env = stack.env();
    let key = format!(
        "{}-{}-{}",
        env.account.as_deref().unwrap_or("current_account"),
        env.region.as_deref().unwrap_or("current_region"),
        sha256::hex(compact.as_bytes()).get(..8).unwrap_or_default()
    );
    let mut dest = Obj::new();
    dest.insert("bucketName", bucket);
    dest.insert("objectKey", object_key.to_owned());
    if let Some(r) = region {
        dest.insert("region", r);
    }
    dest.insert("assumeRoleArn", role);
    (key, Json::Obj(dest))
}

/// Writes `assembly` into `dir`.
pub(crate) fn write(assembly: &CloudAssembly, dir: &Path) -> Result<(), WriteError> {
    std::fs::create_dir_all(dir).map_err(|e| WriteError::Io(dir.to_owned(), e))?;
    let mut artifacts = Obj::new();
    for s in &assembly.stacks {
        write_file(&dir.join(format!("{}.template.json", s.name)), &s.template_text)?;
        if let Some(m) = &s.asset_manifest {
            write_file(&dir.join(format!("{}.assets.json", s.name)), &m.to_pretty_string())?;
        }
        write_file(&dir.join(format!("{}.metadata.json", s.name)), &metadata(&s.name).to_pretty_string())?;
        for (_, a) in &s.assets {
            asset::stage(a, dir)
                .map_err(|e| WriteError::Io(e.path.clone(), std::io::Error::other(e.message.clone())))?;
        }
        for (id, artifact) in &s.artifacts {
            artifacts.push(id.clone(), artifact.clone());
        }
    }
    let mut manifest = Obj::new();
    manifest.insert("version", SCHEMA_VERSION);
    manifest.insert("artifacts", artifacts);
    manifest.insert("minimumCliVersion", MINIMUM_CLI_VERSION);
    write_file(&dir.join("manifest.json"), &Json::Obj(manifest).to_pretty_string())?;
    write_file(&dir.join("cdk.out"), &format!("{{\"version\":\"{SCHEMA_VERSION}\"}}"))
}

/// `<Stack>.metadata.json`: where the stack's template is.
fn metadata(name: &str) -> Json {
    let mut entry = Obj::new();
    entry.insert("type", "aws:cdk:templateFile");
    entry.insert("data", format!("{name}.template.json"));
    Json::obj1(format!("/{name}"), Json::Arr(vec![Json::Obj(entry)]))
}

impl App {
    /// Writes the cloud assembly to `dir` (created if needed): `manifest.json` with every
    /// stack, its dependencies and asset manifest, `<Stack>.template.json` byte for byte as
    /// the CDK writes it, `<Stack>.assets.json`, and the staged assets (`asset.<hash>` folders
    /// and `asset.<hash>.zip` files). Returns the warnings. `cdk deploy --app DIR --all`
    /// deploys it.
    ///
    /// ```no_run
    /// # let app = cognito_runtime::App::new();
    /// app.write_assembly("cdk.out")?;   // then: npx cdk ls --app cdk.out
    /// # Ok::<(), cognito_runtime::WriteError>(())
    /// ```
    pub fn write_assembly(&self, dir: impl AsRef<Path>) -> Result<Vec<Diagnostic>, WriteError> {
        let assembly = self.synth().map_err(WriteError::App)?;
        write(&assembly, dir.as_ref())?;
        Ok(assembly.warnings)
    }
}

impl Stack {
    /// Writes a cloud assembly to `dir` (created if needed), as [`crate::App::write_assembly`]
    /// writes an app of this one stack: `manifest.json`, `cdk.out`, `<stack>.template.json`,
    /// and for a stack with file assets its asset manifest and the staged assets. A stack
    /// without assets uses the bootstrapless synthesizer, so `cdk deploy --app DIR` needs no
    /// bootstrap stack.
    ///
    /// ```no_run
    /// # let stack = cognito_runtime::Stack::new("Auth");
    /// stack.write_assembly("cdk.out")?;   // then: npx cdk synth --app cdk.out
    /// # Ok::<(), cognito_runtime::WriteError>(())
    /// ```
    pub fn write_assembly(&self, dir: impl AsRef<Path>) -> Result<(), WriteError> {
        let app = App::from(self.clone());
        match app.write_assembly(dir) {
            Ok(_) => Ok(()),
            // A stack's own errors read as they always have.
            Err(WriteError::App(e)) if e.findings.iter().all(|f| f.stack == Some(0)) => {
                Err(WriteError::Invalid(Error {
                    violations: e.errors().map(|f| f.violation.clone()).collect(),
                }))
            }
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::core::env::Env;
    use crate::resources::user_pool::UserPool;
    use crate::stack::Stack;

    #[test]
    fn writes_an_assembly() {
        let dir = std::env::temp_dir().join(format!("cognito-assembly-test-{}", std::process::id()));
        let mut stack = Stack::new("Auth")
            .with_env(Env { account: Some("123456789012".into()), region: Some("eu-west-1".into()) });
        stack.add("pool", UserPool::default());
        stack.write_assembly(&dir).unwrap();
        let manifest = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
        assert!(manifest.contains("\"environment\": \"aws://123456789012/eu-west-1\""));
        assert!(manifest.contains("\"templateFile\": \"Auth.template.json\""));
        let template = std::fs::read_to_string(dir.join("Auth.template.json")).unwrap();
        assert!(template.contains("\"AWS::Cognito::UserPool\""));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
