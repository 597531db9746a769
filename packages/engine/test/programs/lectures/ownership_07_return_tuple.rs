// Returning ownership together with a result (before we learn about references).
fn calculate_length(s: String) -> (String, usize) {
    let length = s.len();
    (s, length)
}

fn split_first(mut v: Vec<i32>) -> (Option<i32>, Vec<i32>) {
    if v.is_empty() {
        (None, v)
    } else {
        let first = v.remove(0);
        (Some(first), v)
    }
}

fn main() {
    let s1 = String::from("ownership");
    let (s2, len) = calculate_length(s1);
    println!("The length of '{}' is {}.", s2, len);

    let v = vec![10, 20, 30];
    let (head, rest) = split_first(v);
    println!("head = {:?}, rest = {:?}", head, rest);
    let (head2, rest2) = split_first(rest);
    println!("head = {:?}, rest = {:?}", head2, rest2);
    let (h3, r3) = split_first(Vec::new());
    println!("head = {:?}, rest = {:?}", h3, r3);
}
