// fill sets every element of a slice to the same value.
const SIZE: usize = 5;

fn print_row(row: &[char]) {
    let s: String = row.iter().collect();
    println!("{}", s);
}

fn main() {
    let mut row = ['.'; SIZE];
    print_row(&row);

    row[1..4].fill('#');
    print_row(&row);

    row.fill('-');
    print_row(&row);

    // fill clones the value for each slot.
    let mut labels = vec![String::new(); 3];
    labels.fill(String::from("todo"));
    labels[1].push_str("!");
    println!("{:?}", labels);

    // fill_with calls a closure for each element.
    let mut counter = 0;
    let mut ids = [0u32; 4];
    ids.fill_with(|| {
        counter += 100;
        counter
    });
    println!("ids: {:?}", ids);

    // Reset a score board between games.
    let mut scores = vec![12, 7, 30];
    scores.fill(0);
    println!("scores: {:?}", scores);
}
