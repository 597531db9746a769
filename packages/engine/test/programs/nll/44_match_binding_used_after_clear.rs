// The match binding `last` still points into the vector
// when the arm clears it.
fn main() {
    let mut history = vec![String::from("open"), String::from("save")];
    match history.last() {
        Some(last) => {
            history.clear();
            println!("cleared after {}", last);
        }
        None => println!("nothing to clear"),
    }
}
