// Mutable references allow a function to change borrowed data.
fn change(some_string: &mut String) {
    some_string.push_str(", world");
}

fn double_all(v: &mut Vec<i32>) {
    for x in v.iter_mut() {
        *x *= 2;
    }
}

fn increment(n: &mut u32) {
    *n += 1;
}

fn main() {
    let mut s = String::from("hello");
    change(&mut s);
    println!("{}", s);

    let mut nums = vec![1, 2, 3, 4];
    double_all(&mut nums);
    println!("{:?}", nums);

    let mut counter = 0;
    for _ in 0..5 {
        increment(&mut counter);
    }
    println!("counter = {}", counter);

    {
        let r = &mut s;
        r.push('!');
    } // r goes out of scope
    let r2 = &mut s;
    r2.insert(0, '>');
    println!("{}", s);
}
