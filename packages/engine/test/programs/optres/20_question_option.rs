// ? works in functions returning Option too.
struct Address {
    city: Option<String>,
}

struct Person {
    name: String,
    address: Option<Address>,
}

fn city_of(p: &Person) -> Option<&str> {
    let addr = p.address.as_ref()?;
    let city = addr.city.as_ref()?;
    Some(city.as_str())
}

fn first_char_upper(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    Some(c.to_ascii_uppercase())
}

fn main() {
    let people = vec![
        Person { name: "Ana".into(), address: Some(Address { city: Some("lisbon".into()) }) },
        Person { name: "Bo".into(), address: Some(Address { city: None }) },
        Person { name: "Cy".into(), address: None },
    ];
    for p in &people {
        let initial = city_of(p).and_then(first_char_upper);
        println!("{}: city={:?} initial={:?}", p.name, city_of(p), initial);
    }
    println!("{:?}", first_char_upper(""));
}
