use std::sync::Arc;

// Arc::clone only bumps a reference count; the data is shared.
fn main() {
    let config = Arc::new(String::from("release"));
    println!("count after new = {}", Arc::strong_count(&config));

    let a = Arc::clone(&config);
    let b = Arc::clone(&config);
    println!("count after two clones = {}", Arc::strong_count(&config));

    {
        let c = Arc::clone(&a);
        println!("inner block sees {} ({} owners)", c, Arc::strong_count(&config));
    }
    println!("after block = {}", Arc::strong_count(&config));

    drop(a);
    drop(b);
    println!("after drops = {}", Arc::strong_count(&config));
}
