//! Pools the CDK imported (`UserPool.fromUserPoolId`, `UserPool.fromUserPoolArn`): they make
//! no resource, so only the values of what uses them tell them: a pool id that is a string or
//! a value known at deploy time (`from_user_pool_id(…)`), or the CDK's split of an ARN known
//! at deploy time (`from_user_pool_arn(…)`), the inverse of `resources/imported/mod.rs`.

use crate::json::Json;
use crate::print::{scalar, string};

/// The import that gives `user_pool_id` for a pool that is not a resource of the template:
/// `from_user_pool_id("us-east-1_abc")`, `from_user_pool_id(reference("PoolIdParam"))`, or
/// `from_user_pool_arn(reference("PoolArnParam"))` for the id the CDK splits out of an ARN.
pub fn pool_import(user_pool_id: &Json) -> Option<String> {
    match user_pool_id {
        Json::Str(id) => Some(format!("from_user_pool_id({})", string(id))),
        v => match arn_of_pool_id(v) {
            Some(arn) => Some(from_arn(arn)?),
            None => Some(format!("from_user_pool_id({})", scalar(v)?)),
        },
    }
}

/// `from_user_pool_arn(ARN)` for an ARN the language writes.
pub fn from_arn(arn: &Json) -> Option<String> {
    Some(format!("from_user_pool_arn({})", scalar(arn)?))
}

/// The ARN `X` of the pool id the CDK gives `UserPool.fromUserPoolArn(scope, id, X)` when `X`
/// is known only at deploy time: the resource name after the ARN's sixth field,
/// `{"Fn::Select": [1, {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", X]}]}]}]}`.
pub fn arn_of_pool_id(v: &Json) -> Option<&Json> {
    split_part(split_part(v, "/", 1)?, ":", 5)
}

/// The ARN `X` of the provider name the CDK gives such a pool:
/// `cognito-idp.{Region of X}.{AWS::URLSuffix}/{pool id of X}`, as one `Fn::Join`.
pub fn arn_of_provider_name(v: &Json) -> Option<&Json> {
    let [(k, Json::Arr(args))] = v.entries() else { return None };
    let [Json::Str(separator), Json::Arr(parts)] = args.as_slice() else { return None };
    if k != "Fn::Join" || !separator.is_empty() {
        return None;
    }
    let [Json::Str(head), region, Json::Str(dot), suffix, Json::Str(slash), id] = parts.as_slice() else {
        return None;
    };
    let url_suffix = suffix.entries() == [("Ref".to_string(), Json::Str("AWS::URLSuffix".into()))];
    let arn = split_part(region, ":", 3)?;
    (head == "cognito-idp." && dot == "." && slash == "/" && url_suffix && arn_of_pool_id(id) == Some(arn))
        .then_some(arn)
}

/// `X` of `{"Fn::Select": [index, {"Fn::Split": [separator, X]}]}`.
fn split_part<'j>(v: &'j Json, separator: &str, index: u32) -> Option<&'j Json> {
    let [(select, Json::Arr(args))] = v.entries() else { return None };
    let [Json::Num(n), split] = args.as_slice() else { return None };
    let [(k, Json::Arr(split_args))] = split.entries() else { return None };
    let [Json::Str(sep), whole] = split_args.as_slice() else { return None };
    (select == "Fn::Select" && n.parse() == Ok(index) && k == "Fn::Split" && sep == separator)
        .then_some(whole)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    const ID: &str = r#"{"Fn::Select": [1, {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Ref": "PoolArnParam"}]}]}]}]}"#;

    #[test]
    fn the_pool_id_split_out_of_an_arn_names_the_arn() {
        let id = parse(ID).unwrap();
        assert_eq!(arn_of_pool_id(&id), Some(&parse(r#"{"Ref": "PoolArnParam"}"#).unwrap()));
        assert_eq!(pool_import(&id).as_deref(), Some(r#"from_user_pool_arn(reference("PoolArnParam"))"#));
        // Another field, or another separator, is not the pool id.
        assert_eq!(arn_of_pool_id(&parse(&ID.replace("[5,", "[4,")).unwrap()), None);
        assert_eq!(arn_of_pool_id(&parse(&ID.replace(r#"["/""#, r#"["-""#)).unwrap()), None);
    }

    #[test]
    fn ids_known_or_from_a_value_are_imported_by_id() {
        assert_eq!(
            pool_import(&Json::Str("us-east-1_abc".into())).as_deref(),
            Some(r#"from_user_pool_id("us-east-1_abc")"#)
        );
        let param = parse(r#"{"Ref": "PoolIdParam"}"#).unwrap();
        assert_eq!(pool_import(&param).as_deref(), Some(r#"from_user_pool_id(reference("PoolIdParam"))"#));
        assert_eq!(pool_import(&parse(r#"{"Fn::Select": [0, ["a"]]}"#).unwrap()), None);
    }

    #[test]
    fn the_provider_name_of_such_a_pool_names_its_arn() {
        let name = format!(
            r#"{{"Fn::Join": ["", ["cognito-idp.", {{"Fn::Select": [3, {{"Fn::Split": [":", {{"Ref": "PoolArnParam"}}]}}]}}, ".", {{"Ref": "AWS::URLSuffix"}}, "/", {ID}]]}}"#
        );
        assert_eq!(
            arn_of_provider_name(&parse(&name).unwrap()),
            Some(&parse(r#"{"Ref": "PoolArnParam"}"#).unwrap())
        );
        // The Region of one ARN and the id of another: no pool's.
        let mixed = name.replacen("PoolArnParam", "OtherParam", 1);
        assert_eq!(arn_of_provider_name(&parse(&mixed).unwrap()), None);
    }
}
