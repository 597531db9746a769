// Elision in methods: returned slices are tied to &self.
struct TextBuffer {
    content: String,
}

impl TextBuffer {
    fn new(content: &str) -> TextBuffer {
        TextBuffer { content: content.to_string() }
    }

    fn first_line(&self) -> &str {
        self.content.lines().next().unwrap_or("")
    }

    fn longest_line(&self) -> &str {
        let mut best = "";
        for line in self.content.lines() {
            if line.len() > best.len() {
                best = line;
            }
        }
        best
    }

    fn line(&self, n: usize) -> Option<&str> {
        self.content.lines().nth(n)
    }
}

fn main() {
    let buf = TextBuffer::new("fn main() {\n    println!(\"hello, world\");\n}");
    println!("first:   {}", buf.first_line());
    println!("longest: {}", buf.longest_line());
    println!("line 2:  {:?}", buf.line(2));
    println!("line 9:  {:?}", buf.line(9));
}
