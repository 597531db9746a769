// Nothing ever goes into the vector, so its element type is unknown.
fn main() {
    let waiting_list = Vec::new();
    if waiting_list.is_empty() {
        println!("nobody is waiting");
    }
    println!("{} people waiting", waiting_list.len());
}
