// Struct field visibility, `use` with `as`, and `super`/`self` paths.
mod my {
    pub struct OpenBox<T> {
        pub contents: T,
    }

    pub struct ClosedBox<T> {
        contents: T,
    }

    impl<T: Copy> ClosedBox<T> {
        pub fn new(contents: T) -> ClosedBox<T> {
            ClosedBox { contents }
        }

        pub fn peek(&self) -> T {
            self.contents
        }
    }

    fn function() {
        println!("called `my::function()`");
    }

    mod cool {
        pub fn function() {
            println!("called `my::cool::function()`");
        }
    }

    pub fn indirect_call() {
        print!("called `my::indirect_call()`, that\n> ");
        self::function();
        function();
        self::cool::function();
        super::function();
        {
            use crate::cool::function as root_function;
            root_function();
        }
    }
}

mod cool {
    pub fn function() {
        println!("called `cool::function()`");
    }
}

mod deeply {
    pub mod nested {
        pub fn function() {
            println!("called `deeply::nested::function()`");
        }
    }
}

use deeply::nested::function as other_function;

fn function() {
    println!("called `function()`");
}

fn main() {
    let open_box = my::OpenBox { contents: "public information" };
    println!("The open box contains: {}", open_box.contents);

    let closed_box = my::ClosedBox::new("classified information");
    println!("The closed box peeks: {}", closed_box.peek());

    other_function();
    my::indirect_call();
}
