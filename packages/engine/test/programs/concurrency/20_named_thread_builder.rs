use std::thread;

// Builder lets us name a thread; the name is visible inside it.
fn main() {
    let handle = thread::Builder::new()
        .name("loader".to_string())
        .spawn(|| {
            let me = thread::current();
            format!("running in {}", me.name().unwrap_or("unnamed"))
        })
        .unwrap();

    let message = handle.join().unwrap();
    println!("{}", message);
    println!("main is {:?}", thread::current().name());
}
