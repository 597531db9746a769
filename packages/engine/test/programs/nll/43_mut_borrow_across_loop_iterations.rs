// Storing a `&mut` from each iteration keeps every borrow alive,
// so the next iteration borrows the buffer mutably again.
fn main() {
    let mut buffer = String::new();
    let mut handles: Vec<&mut String> = Vec::new();
    for word in ["one", "two", "three"] {
        let h = &mut buffer;
        h.push_str(word);
        handles.push(h);
    }
    println!("{} handles", handles.len());
}
