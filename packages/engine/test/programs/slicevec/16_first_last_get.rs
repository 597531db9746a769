// Safe access with first, last, get and get_mut.
fn main() {
    let mut queue = vec![10, 20, 30];

    println!("first = {:?}", queue.first());
    println!("last = {:?}", queue.last());
    println!("get(1) = {:?}", queue.get(1));
    println!("get(7) = {:?}", queue.get(7));

    // get with a range returns an optional subslice.
    println!("get(1..) = {:?}", queue.get(1..));
    println!("get(2..9) = {:?}", queue.get(2..9));

    if let Some(x) = queue.get_mut(2) {
        *x += 5;
    }
    if let Some(last) = queue.last_mut() {
        *last *= 2;
    }
    if let Some(first) = queue.first_mut() {
        *first = 0;
    }
    println!("after edits: {:?}", queue);

    let empty: Vec<i32> = Vec::new();
    let label = match empty.first() {
        Some(v) => format!("starts with {}", v),
        None => String::from("nothing here"),
    };
    println!("{}", label);

    let idx = 5;
    let value = queue.get(idx).copied().unwrap_or(-1);
    println!("value at {} or default: {}", idx, value);
}
