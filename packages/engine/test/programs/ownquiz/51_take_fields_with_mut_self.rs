// Moving out of a field is fine if you leave something behind.
struct Player {
    name: String,
    power_up: Option<String>,
}

impl Player {
    fn take_name(&mut self) -> String {
        std::mem::take(&mut self.name)
    }

    fn use_power_up(&mut self) -> Option<String> {
        self.power_up.take()
    }
}

fn main() {
    let mut p = Player { name: String::from("Mario"), power_up: Some(String::from("star")) };
    let first = p.use_power_up();
    let second = p.use_power_up();
    println!("{:?} then {:?}", first, second);
    let name = p.take_name();
    println!("name = {}, left behind = {:?}", name, p.name);
}
