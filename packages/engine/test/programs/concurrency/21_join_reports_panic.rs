use std::thread;

// A panic inside a thread does not crash main; join() returns Err.
fn main() {
    let ok = thread::spawn(|| 10 / 2);
    let bad = thread::spawn(|| {
        let items: Vec<i32> = Vec::new();
        items[3]
    });

    match ok.join() {
        Ok(v) => println!("ok thread returned {}", v),
        Err(_) => println!("ok thread panicked"),
    }
    match bad.join() {
        Ok(v) => println!("bad thread returned {}", v),
        Err(_) => println!("bad thread panicked"),
    }
    println!("main keeps going");
}
