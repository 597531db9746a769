fn main() {
    let full_name = String::from("Ada Lovelace");
    let parts: Vec<&str> = full_name.to_lowercase().split(' ').collect();
    println!("{} parts", parts.len());
    println!("{:?}", parts);
}
