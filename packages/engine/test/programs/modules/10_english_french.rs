mod english {
    pub fn greet(name: &str) -> String {
        format!("Hello, {}!", name)
    }
    pub fn farewell(name: &str) -> String {
        format!("Goodbye, {}.", name)
    }
}

mod french {
    pub fn greet(name: &str) -> String {
        format!("Bonjour, {} !", name)
    }
    pub fn farewell(name: &str) -> String {
        format!("Au revoir, {}.", name)
    }
}

mod spanish {
    pub fn greet(name: &str) -> String {
        format!("¡Hola, {}!", name)
    }
}

fn main() {
    let name = "Marie";
    println!("{}", english::greet(name));
    println!("{}", french::greet(name));
    println!("{}", spanish::greet(name));
    println!("{}", english::farewell(name));
    println!("{}", french::farewell(name));
}
