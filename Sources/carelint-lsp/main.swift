import CareLintServer
import Foundation

exit(ServerCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
