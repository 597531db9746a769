mod plugin {
    pub trait Plugin {
        fn name(&self) -> &str;
        fn process(&mut self, input: &str) -> String;
    }
}

mod builtin {
    use crate::plugin::Plugin;

    pub struct Upper;

    pub struct Counter {
        pub seen: usize,
    }

    pub struct Reverse {
        label: String,
    }

    impl Reverse {
        pub fn new(label: &str) -> Self {
            Reverse { label: label.to_string() }
        }
    }

    impl Plugin for Upper {
        fn name(&self) -> &str {
            "upper"
        }
        fn process(&mut self, input: &str) -> String {
            input.to_uppercase()
        }
    }

    impl Plugin for Counter {
        fn name(&self) -> &str {
            "counter"
        }
        fn process(&mut self, input: &str) -> String {
            self.seen += input.len();
            format!("{} (total chars {})", input, self.seen)
        }
    }

    impl Plugin for Reverse {
        fn name(&self) -> &str {
            &self.label
        }
        fn process(&mut self, input: &str) -> String {
            input.chars().rev().collect()
        }
    }
}

use plugin::Plugin;

fn run_pipeline(plugins: &mut Vec<Box<dyn Plugin>>, text: &str) {
    for p in plugins.iter_mut() {
        let out = p.process(text);
        println!("[{}] {}", p.name(), out);
    }
}

fn main() {
    let mut plugins: Vec<Box<dyn Plugin>> = Vec::new();
    plugins.push(Box::new(builtin::Upper));
    plugins.push(Box::new(builtin::Counter { seen: 0 }));
    plugins.push(Box::new(builtin::Reverse::new("mirror")));
    run_pipeline(&mut plugins, "hello");
    run_pipeline(&mut plugins, "rustacean");
    let names: Vec<&str> = plugins.iter().map(|p| p.name()).collect();
    println!("loaded: {:?}", names);
}
