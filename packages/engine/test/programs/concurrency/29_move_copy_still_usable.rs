use std::thread;

// Moving a Copy value into a closure copies it; main keeps its own.
fn main() {
    let limit = 5;
    let label = "squares";

    let handle = thread::spawn(move || {
        let v: Vec<i32> = (1..=limit).map(|x| x * x).collect();
        (label, v)
    });

    let (name, values) = handle.join().unwrap();
    println!("{}: {:?}", name, values);
    println!("main still has limit = {} and label = {}", limit, label);
}
