// A reference cannot outlive the value it points to.
fn main() {
    let longest_name: &String;
    {
        let name = String::from("Maximilian");
        longest_name = &name;
    }
    println!("longest name: {}", longest_name);
}
