#[derive(Debug)]
struct City {
    name: String,
    country: String,
    population: u32,
}

fn main() {
    let c = City {
        name: String::from("Kyiv"),
        country: "Ukraine",
        population: 2_950_000,
    };
    println!("{:?}", c);
}
