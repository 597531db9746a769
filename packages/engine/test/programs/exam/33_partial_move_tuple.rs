fn main() {
    let record = (String::from("Ada"), 36, String::from("London"));
    let (name, _, _) = record;
    println!("name moved out: {}", name);
    println!("age still: {}", record.1);
    println!("city still: {}", record.2);
    let city = record.2;
    println!("city moved: {}", city);
    let age_copy = record.1;
    println!("age copied: {}", age_copy);
}
