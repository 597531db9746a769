trait Describe {
    fn describe(&self) -> String;
    fn short(&self) -> String {
        let d = self.describe();
        if d.len() > 12 {
            format!("{}...", &d[..12])
        } else {
            d
        }
    }
}

struct City { name: String, population: u32 }

impl Describe for City {
    fn describe(&self) -> String {
        format!("{} (pop. {})", self.name, self.population)
    }
}

fn describe_all<T: Describe>(items: &[T]) -> Vec<String> {
    items.iter().map(|i| i.short()).collect()
}

fn longest_description<T>(items: &[T]) -> Option<String>
where
    T: Describe,
{
    items.iter().map(|i| i.describe()).max_by_key(|s| s.len())
}

fn main() {
    let cities = vec![
        City { name: "Oslo".to_string(), population: 709_000 },
        City { name: "Rio de Janeiro".to_string(), population: 6_748_000 },
        City { name: "Bern".to_string(), population: 134_000 },
    ];
    for s in describe_all(&cities) {
        println!("{}", s);
    }
    println!("longest: {:?}", longest_description(&cities));
    let empty: Vec<City> = Vec::new();
    println!("longest of none: {:?}", longest_description(&empty));
}
