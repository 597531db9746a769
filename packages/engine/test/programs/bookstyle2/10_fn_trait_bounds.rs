// Fn, FnMut and FnOnce as trait bounds on generic functions.
fn call_twice<F: Fn() -> String>(f: F) -> (String, String) {
    (f(), f())
}

fn call_three_times<F: FnMut()>(mut f: F) {
    for _ in 0..3 {
        f();
    }
}

fn consume<F: FnOnce() -> Vec<i32>>(f: F) -> usize {
    let v = f();
    v.len()
}

fn main() {
    let prefix = String::from("id-");
    let make_id = || format!("{}{}", prefix, 7);
    println!("{:?}", call_twice(make_id));

    let mut counter = 0;
    call_three_times(|| counter += 2);
    println!("counter = {}", counter);

    let data = vec![1, 2, 3, 4];
    let len = consume(move || data);
    println!("consumed a vec of length {}", len);

    // An Fn closure can be passed where FnOnce is expected, too.
    let n = consume(|| vec![9; 5]);
    println!("and another of length {}", n);
}
