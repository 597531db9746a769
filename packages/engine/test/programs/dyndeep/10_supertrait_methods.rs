use std::fmt::Debug;

trait Named {
    fn name(&self) -> String;
}

// Every Employee must also be Named and Debug.
trait Employee: Named + Debug {
    fn salary(&self) -> u32;
    fn summary(&self) -> String {
        format!("{} earns {}", self.name(), self.salary())
    }
}

#[derive(Debug)]
struct Engineer { name: String, level: u32 }

impl Named for Engineer {
    fn name(&self) -> String { self.name.clone() }
}

impl Employee for Engineer {
    fn salary(&self) -> u32 { 1000 * self.level }
}

fn main() {
    let staff: Vec<Box<dyn Employee>> = vec![
        Box::new(Engineer { name: String::from("Ada"), level: 3 }),
        Box::new(Engineer { name: String::from("Linus"), level: 2 }),
    ];
    for e in &staff {
        // Supertrait method called through the trait object.
        println!("{}", e.name());
        println!("{}", e.summary());
        println!("{:?}", e);
    }
}
