// Functions take and give back ownership.
fn takes_ownership(some_string: String) {
    println!("took: {}", some_string);
} // some_string is dropped here

fn makes_copy(some_integer: i32) {
    println!("copied: {}", some_integer);
}

fn gives_ownership() -> String {
    let some_string = String::from("yours");
    some_string
}

fn takes_and_gives_back(a_string: String) -> String {
    let mut s = a_string;
    s.push_str(" (returned)");
    s
}

fn main() {
    let s = String::from("hello");
    takes_ownership(s);

    let x = 5;
    makes_copy(x);
    println!("x is still usable: {}", x);

    let s1 = gives_ownership();
    let s2 = String::from("borrowed?");
    let s3 = takes_and_gives_back(s2);
    println!("s1 = {}", s1);
    println!("s3 = {}", s3);

    let words = vec![String::from("one"), String::from("two")];
    let total = count_chars(words);
    println!("total chars = {}", total);
}

fn count_chars(v: Vec<String>) -> usize {
    let mut n = 0;
    for w in v {
        n += w.len();
    }
    n
}
