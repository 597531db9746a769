// Sorting a Vec of structs with .sort() when the struct has no Ord.
#[derive(Debug, PartialEq, Eq)]
struct TeamRow {
    points: u32,
    name: String,
}

fn main() {
    let mut table = vec![
        TeamRow { points: 6, name: String::from("Devastating Donkeys") },
        TeamRow { points: 7, name: String::from("Allegoric Alaskans") },
        TeamRow { points: 3, name: String::from("Blithering Badgers") },
    ];
    table.sort();
    for row in &table {
        println!("{:25} {}", row.name, row.points);
    }
}
