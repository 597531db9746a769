// Mistake: the key closure returns a reference into the element.
struct Country {
    name: String,
    capital: String,
}

fn main() {
    let mut list = vec![
        Country { name: "Peru".to_string(), capital: "Lima".to_string() },
        Country { name: "Chad".to_string(), capital: "N'Djamena".to_string() },
        Country { name: "Fiji".to_string(), capital: "Suva".to_string() },
    ];
    list.sort_by_key(|c| &c.name);
    for c in &list {
        println!("{} - {}", c.name, c.capital);
    }
}
