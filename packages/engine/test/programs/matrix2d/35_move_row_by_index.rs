// Take the first row out of the grid to use as a header.
fn main() {
    let table = vec![
        vec![String::from("name"), String::from("age")],
        vec![String::from("Ada"), String::from("36")],
    ];
    let header = table[0];
    println!("columns: {}", header.join(", "));
    println!("rows: {}", table.len());
}
