// FnOnce: a closure that gives away something it captured can only run once.
fn consume<F>(f: F) -> String
where
    F: FnOnce() -> String,
{
    println!("about to call the closure");
    f()
}

fn main() {
    let title = String::from("The Rust Programming Language");
    let take_title = move || {
        let mut t = title;
        t.push_str(" (2nd edition)");
        t
    };

    let result = consume(take_title);
    println!("got: {}", result);

    // A closure that is Fn also satisfies FnOnce.
    let n = 5;
    let s = consume(|| format!("n squared is {}", n * n));
    println!("{}", s);
}
