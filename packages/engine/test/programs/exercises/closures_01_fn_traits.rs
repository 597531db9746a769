fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F>(mut f: F)
where
    F: FnMut(),
{
    f();
    f();
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let offset = 10;
    let add_offset = |x| x + offset;
    println!("{}", apply(add_offset, 5));
    println!("{}", apply(|x| x * x, 7));

    let mut counter = 0;
    apply_twice(|| counter += 1);
    println!("counter = {}", counter);

    let mut log = Vec::new();
    apply_twice(|| log.push(format!("entry {}", log.len())));
    println!("{:?}", log);

    let name = String::from("Ferris");
    let greeting = consume(move || format!("hello, {}", name));
    println!("{}", greeting);

    let words = vec![String::from("a"), String::from("b")];
    let joined = consume(|| words.join("+"));
    println!("{} (words still here: {})", joined, words.len());

    let drop_it = move || words;
    let back = drop_it();
    println!("{:?}", back);
}
