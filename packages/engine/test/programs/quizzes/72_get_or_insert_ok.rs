fn main() {
    let mut cache: Option<Vec<i32>> = None;
    cache.get_or_insert_with(Vec::new).push(1);
    if let Some(v) = cache.as_mut() {
        v.push(2);
    }
    let len = cache.as_ref().map(|v| v.len()).unwrap_or(0);
    println!("{:?} {}", cache, len);
}
