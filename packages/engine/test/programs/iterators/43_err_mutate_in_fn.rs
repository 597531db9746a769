fn call_each<F: Fn(&str)>(items: &[&str], f: F) {
    for item in items {
        f(item);
    }
}

fn main() {
    let fruits = ["apple", "kiwi", "mango"];
    let mut total_len = 0;

    call_each(&fruits, |s| {
        println!("{}", s);
        total_len += s.len();
    });

    println!("total length: {}", total_len);
}
