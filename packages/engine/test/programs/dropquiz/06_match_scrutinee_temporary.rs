// The temporary in a match scrutinee lives until the end of the whole match.
struct Guard {
    name: &'static str,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

impl Guard {
    fn code(&self) -> u8 {
        self.name.len() as u8
    }
}

fn make(name: &'static str) -> Guard {
    println!("make {}", name);
    Guard { name }
}

fn main() {
    match make("scrutinee").code() {
        9 => {
            println!("inside arm: nine letters");
            let _inner = make("inner");
            println!("arm done");
        }
        _ => println!("something else"),
    }
    println!("after match");
}
